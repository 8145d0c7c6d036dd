#include <catch2/catch_test_macros.hpp>

#include "cli/command_line.hpp"

using namespace intake::cli;

TEST_CASE("global options are accepted before the command", "[cli]") {
  CommandLine line = parse_command_line({"--data-dir", "/tmp/x", "version", "--extra"});
  REQUIRE(line.error.empty());
  CHECK(line.data_dir->string() == "/tmp/x");
  REQUIRE(line.command);
  CHECK(*line.command == "version");
  CHECK(line.args == std::vector<std::string>{"--extra"});
}

TEST_CASE("without a command the remaining words are the kiosk's options", "[cli]") {
  CommandLine line = parse_command_line({"--windowed", "1280x800", "--data-dir=/d"});
  CHECK_FALSE(line.command);
  CHECK(line.args == std::vector<std::string>{"--windowed", "1280x800"});
  CHECK(line.data_dir->string() == "/d");
}

TEST_CASE("a global option without its value is a usage error", "[cli]") {
  CHECK_FALSE(parse_command_line({"--data-dir"}).error.empty());
}
