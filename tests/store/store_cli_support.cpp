#include "store_cli_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <sstream>

#include "cli/cli_context.hpp"
#include "cli/command_table.hpp"
#include "test_clock.hpp"

namespace intake::store::test {

CliRun run_cli(const std::filesystem::path& data, const std::vector<std::string>& words,
               const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  intake::cli::CliContext context{{"", "", data}, in, out, err, intake::test::real_clock(), "cli:test"};
  const auto* command = intake::cli::find_command(words.at(0));
  REQUIRE(command != nullptr);
  CliRun run;
  run.code = command->run(context, {words.begin() + 1, words.end()});
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace intake::store::test
