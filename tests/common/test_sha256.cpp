#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"

using namespace intake;

TEST_CASE("sha256 matches the FIPS 180-2 test vectors", "[common]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("incremental sha256 equals one-shot sha256", "[common]") {
  Sha256Builder builder;
  builder.add("a").add("bc");
  CHECK(builder.finish_hex() == sha256_hex("abc"));
}
