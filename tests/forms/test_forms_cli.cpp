// `forms check` and `evaluate` through the real command functions with string streams.
#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_context.hpp"
#include "form_test_support.hpp"
#include "test_clock.hpp"

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
  CliContext context{paths, in, out, err, intake::test::real_clock(), "cli:test"};
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
  CHECK(result.err.find(
            dir +
            "/bad_severity/form.yaml:38:15: unknown severity 'urgent' (expected stop, review or note)\n") !=
        std::string::npos);
  CHECK(result.err.find(dir + "/rule_cycle/form.yaml:31:5: flag 'pregnancy' depends on itself") !=
        std::string::npos);
  CHECK(result.err.find("problems found in " + dir) != std::string::npos);
}

TEST_CASE("forms check refuses wrong usage", "[forms][cli]") {
  CHECK(run_command(run_forms_command, {}).code == kExitUsage);
  CHECK(run_command(run_forms_command, {"lint"}).code == kExitUsage);
}

TEST_CASE("evaluate prints visible, missing and flags as JSON", "[forms][cli]") {
  AnswersFile answers(R"({"pregnant": true, "isotretinoin": true, "isotretinoin_last_dose": "2026-03-01",
                          "date_of_birth": "2008-09-01", "previous_reaction": "ignored while hidden"})");
  const Run result =
      run_command(run_evaluate_command, {"microneedling", answers.path.string(), "--as-of", "2026-08-31"});
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
  CHECK(run_command(run_evaluate_command, {"microneedling", bad_json.path.string(), "--as-of", "2026-02-30"})
            .code == kExitUsage);
  CHECK(run_command(run_evaluate_command, {"microneedling"}).code == kExitUsage);
  CHECK(run_command(run_evaluate_command, {"microneedling", "/nonexistent/answers.json"}).code == 1);
}

namespace {

std::vector<std::string> flag_codes(const Run& result) {
  const nlohmann::json json = nlohmann::json::parse(result.out);  // kept: the loop reads into it
  std::vector<std::string> codes;
  for (const auto& flag : json.at("flags")) codes.push_back(flag.at("code"));
  return codes;
}

}  // namespace

TEST_CASE("evaluate checks the treatment interval on both sides of 4 weeks, from either date",
          "[forms][cli][screening]") {
  const auto session = [](const char* last) {
    return std::string(R"({"previous_microneedling": true, "last_microneedling_date": ")") + last + "\"}";
  };
  AnswersFile exactly(session("2026-08-03")), day27(session("2026-08-04")), none("{}");
  const auto eval = [](const AnswersFile& file, CommandArgs extra = {}) {
    CommandArgs args{"microneedling", file.path.string(), "--as-of", "2026-08-31"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_command(run_evaluate_command, args);
  };
  CHECK(flag_codes(eval(exactly)).empty());
  CHECK(flag_codes(eval(day27)) == std::vector<std::string>{"treatment_interval"});
  CHECK(flag_codes(eval(none, {"--last-treatment", "2026-08-03"})).empty());
  const Run store = eval(none, {"--last-treatment", "2026-08-04"});
  REQUIRE(flag_codes(store) == std::vector<std::string>{"treatment_interval"});
  const auto json = nlohmann::json::parse(store.out);
  CHECK(json.at("last_treatment_date") == "2026-08-04");
  CHECK(json.at("flags").at(0).at("message").get<std::string>().find(
            "earlier treated check-in on 2026-08-04") != std::string::npos);
  CHECK(eval(none, {"--last-treatment", "2026-13-01"}).code == kExitUsage);
  CHECK(eval(none, {"--last-treatment"}).code == kExitUsage);
}

TEST_CASE("evaluate raises pigmentation_risk once from either of its two questions",
          "[forms][cli][screening]") {
  AnswersFile both(R"({"sun_reaction": "never_burns", "dark_marks_history": true})");
  AnswersFile marks(R"({"sun_reaction": "always_burns", "dark_marks_history": true})");
  AnswersFile neither(R"({"sun_reaction": "sometimes_burns", "dark_marks_history": false})");
  CHECK(flag_codes(run_command(run_evaluate_command, {"microneedling", both.path.string()})) ==
        std::vector<std::string>{"pigmentation_risk"});
  CHECK(flag_codes(run_command(run_evaluate_command, {"microneedling", marks.path.string()})) ==
        std::vector<std::string>{"pigmentation_risk"});
  CHECK(flag_codes(run_command(run_evaluate_command, {"microneedling", neither.path.string()})).empty());
}

TEST_CASE("evaluate refuses an answer to a question the form does not have, naming only the question",
          "[forms][cli]") {
  AnswersFile answers(R"({"pregnant": false, "implanted_device": "pacemaker fitted 2019"})");
  const Run result = run_command(run_evaluate_command, {"microneedling", answers.path.string()});
  CHECK(result.code == 1);
  CHECK(result.err == answers.path.string() + ": form 'microneedling' has no question 'implanted_device'\n");
  CHECK(result.err.find("pacemaker") == std::string::npos);
  CHECK(result.out.empty());
}
