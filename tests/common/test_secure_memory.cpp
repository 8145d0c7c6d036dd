#include <catch2/catch_test_macros.hpp>

#include "common/secure_memory.hpp"

using namespace intake;

TEST_CASE("secure_wipe zeroes a string's whole buffer and empties it", "[common]") {
  std::string name = "Zoë Łukasiewicz, born 1990-05-10";
  const char* buffer = name.data();
  const std::size_t capacity = name.capacity();
  secure_wipe(name);
  CHECK(name.empty());
  for (std::size_t i = 0; i < capacity; ++i) CHECK(buffer[i] == '\0');
}

TEST_CASE("secure_wipe empties a vector", "[common]") {
  std::vector<float> points{1.f, 2.f, 3.f};
  secure_wipe(points);
  CHECK(points.empty());
}
