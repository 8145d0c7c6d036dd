// `forms check` and `evaluate` through the real command functions with string streams.
#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_context.hpp"
#include "form_test_support.hpp"

namespace intake::cli {
int run_forms_command(CliContext& context, const CommandArgs& args);
int run_evaluate_command(CliContext& context, const CommandArgs& args);
}  // namespace intake::cli

using namespace intake;
using namespace intake::cli;
namespace fs = std::filesystem;

namespace {

struct Run {
  int code;
  std::string out, err;
};

Run run_command(int (*command)(CliContext&, const CommandArgs&), const CommandArgs& args) {
  std::istringstream in;
  std::ostringstream out, err;
  ResourcePaths paths;
  paths.forms_dir = INTAKE_SOURCE_FORMS_DIR;
  CliContext context{paths, in, out, err};
  const int code = command(context, args);
  return {code, out.str(), err.str()};
}

// An answers file in a unique temp path, removed at scope end.
struct AnswersFile {
  fs::path path;
  explicit AnswersFile(const std::string& text) {
    char pattern[] = "/tmp/intake-answers-XXXXXX";
    const int fd = mkstemp(pattern);
    ::close(fd);
    path = pattern;
    std::ofstream(path) << text;
  }
  ~AnswersFile() { fs::remove(path); }
};

}  // namespace

TEST_CASE("forms check passes the shipped forms", "[forms][cli]") {
  const Run result = run_command(run_forms_command, {"check"});
  CHECK(result.code == 0);
  CHECK(result.out.find("ok: microneedling version 2026.1") != std::string::npos);
  CHECK(result.err.empty());
}

TEST_CASE("forms check prints every message of the broken corpus and fails", "[forms][cli]") {
  const Run result = run_command(run_forms_command, {"check", INTAKE_BROKEN_FORMS_DIR});
  CHECK(result.code == 1);
  const std::string dir = INTAKE_BROKEN_FORMS_DIR;
  CHECK(result.err.find(dir + "/bad_severity/form.yaml:37:15: unknown severity 'urgent' (expected stop, review or note)\n") !=
        std::string::npos);
  CHECK(result.err.find(dir + "/rule_cycle/form.yaml:31:5: flag 'pregnancy' depends on itself") != std::string::npos);
  CHECK(result.err.find("problems found in " + dir) != std::string::npos);
}

TEST_CASE("forms check refuses wrong usage", "[forms][cli]") {
  CHECK(run_command(run_forms_command, {}).code == kExitUsage);
  CHECK(run_command(run_forms_command, {"lint"}).code == kExitUsage);
}

TEST_CASE("evaluate prints visible, missing and flags as JSON", "[forms][cli]") {
  AnswersFile answers(R"({"pregnant": true, "isotretinoin": true, "isotretinoin_last_dose": "2026-03-01",
                          "date_of_birth": "2008-09-01", "previous_reaction": "ignored while hidden"})");
  const Run result = run_command(run_evaluate_command, {"microneedling", answers.path.string(), "--as-of", "2026-08-31"});
  REQUIRE(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json.at("visible").at(0) == "treatment_areas");
  CHECK(json.at("missing").at(0) == "treatment_areas");
  std::vector<std::string> codes;
  for (const auto& flag : json.at("flags")) codes.push_back(flag.at("code"));
  CHECK(codes == std::vector<std::string>{"pregnancy", "isotretinoin_recent", "minor"});
  const auto& pregnancy = json.at("flags").at(0);
  CHECK(pregnancy.at("severity") == "stop");
  CHECK(pregnancy.at("questions") == nlohmann::json{"pregnant"});
  CHECK_FALSE(pregnancy.at("message").get<std::string>().empty());
  CHECK(json.at("visit_date") == "2026-08-31");
}

TEST_CASE("evaluate names the question when a value has the wrong type", "[forms][cli]") {
  AnswersFile answers(R"({"pregnant": "no"})");
  const Run result = run_command(run_evaluate_command, {"microneedling", answers.path.string()});
  CHECK(result.code == 1);
  CHECK(result.err == answers.path.string() + ": answer to 'pregnant' must be true or false\n");
  CHECK(result.out.empty());
}

TEST_CASE("evaluate refuses unknown forms, bad JSON and bad options", "[forms][cli]") {
  AnswersFile bad_json("{\"pregnant\": tru");
  CHECK(run_command(run_evaluate_command, {"microneedling", bad_json.path.string()}).err ==
        bad_json.path.string() + ": The answers file is not valid JSON.\n");
  CHECK(run_command(run_evaluate_command, {"nosuchform", bad_json.path.string()}).code == 1);
  CHECK(run_command(run_evaluate_command, {"microneedling", bad_json.path.string(), "--as-of", "2026-02-30"}).code ==
        kExitUsage);
  CHECK(run_command(run_evaluate_command, {"microneedling"}).code == kExitUsage);
  CHECK(run_command(run_evaluate_command, {"microneedling", "/nonexistent/answers.json"}).code == 1);
}
