// Hostile session JSON gets a clear answer, never a crash or a silent choice: a nesting limit
// and a size limit that the message names, duplicate keys refused anywhere (naming the key),
// and nothing in the parse or the wipe recurses as deep as a file can nest.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "intake/build_paths.hpp"
#include "submission/json_wipe.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_error.hpp"
#include "submission/untrusted_json.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::string deeply_nested(std::size_t depth) {
  return "{\"form\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
}

// The session text with `"pregnant": false` added after the real answer, at the same level.
std::string with_second_pregnant(const std::string& text) {
  const std::string needle = "\"pregnant\":false";
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  std::string out = text;
  out.replace(at, needle.size(), "\"pregnant\":true,\"pregnant\":false");
  return out;
}

}  // namespace

TEST_CASE("a 100,000-deep session is refused by submit naming the nesting limit, and nothing is stored",
          "[submission][hostile]") {
  TempDir tmp;
  write_text(tmp / "deep.json", deeply_nested(100000));
  const Shell run = run_shell(kiosk_command(tmp / "data") + "submit " + quoted(tmp / "deep.json"));
  CHECK(run.exit_code == kExitSessionMalformed);
  CHECK_THAT(run.err, ContainsSubstring("nesting limit"));
  CHECK_THAT(run.err, ContainsSubstring(std::to_string(kMaxJsonDepth)));
  CHECK(run.out.empty());
  CHECK_FALSE(std::filesystem::exists(tmp / "data" / "store.db"));
}

TEST_CASE("an oversized session is refused naming the size limit", "[submission][hostile]") {
  auto parsed =
      session_from_json_text(shipped_forms(), "{\"form\": \"" + std::string(kMaxJsonBytes, 'a') + "\"}");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().code == kExitSessionMalformed);
  CHECK_THAT(parsed.error().message, ContainsSubstring("size limit"));
}

TEST_CASE("a duplicated answer key is refused naming the key, not silently the last one",
          "[submission][hostile]") {
  const std::string text = with_second_pregnant(complete_session("en", "Ana", "Díaz").dump());
  auto parsed = session_from_json_text(shipped_forms(), text);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().code == kExitSessionMalformed);
  CHECK(parsed.error().message == "The session has the key \"pregnant\" twice (in answers).");

  TempDir tmp;
  write_text(tmp / "twice.json", text);
  const Shell run = run_shell(kiosk_command(tmp / "data") + "submit " + quoted(tmp / "twice.json"));
  CHECK(run.exit_code == kExitSessionMalformed);
  CHECK_THAT(run.err, ContainsSubstring("\"pregnant\" twice"));
}

TEST_CASE("duplicate keys are refused at every level of a session", "[submission][hostile]") {
  for (const std::string& text :
       {std::string(R"({"form":"microneedling","form":"other"})"),
        std::string(R"({"patient":{"given_name":"A","given_name":"B"}})"),
        std::string(R"({"signature":{"strokes":[[[1,2,3]]],"width":9,"width":10}})")}) {
    INFO(text);
    auto parsed = parse_untrusted_json(text, "The session", kExitSessionMalformed);
    REQUIRE_FALSE(parsed.ok());
    CHECK_THAT(parsed.error().message, ContainsSubstring("twice"));
  }
  // The same key in two different objects is fine.
  CHECK(parse_untrusted_json(R"({"a":{"x":1},"b":{"x":2}})", "The session", 1).ok());
}

TEST_CASE("evaluate refuses a deeply nested answers file naming the nesting limit", "[submission][hostile]") {
  TempDir tmp;
  write_text(tmp / "deep.json", std::string(100000, '[') + std::string(100000, ']'));
  const Shell run =
      run_shell(kiosk_command(tmp / "data") + "evaluate microneedling " + quoted(tmp / "deep.json"));
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, ContainsSubstring("nesting limit"));
}

TEST_CASE("wiping a JSON value does not recurse however deep it is", "[submission][hostile]") {
  nlohmann::json deep = "secret";
  for (int i = 0; i < 200000; ++i) {
    nlohmann::json outer = nlohmann::json::array();
    outer.push_back(std::move(deep));
    deep = std::move(outer);
  }
  wipe_json(deep);
  CHECK(deep.is_null());
}
