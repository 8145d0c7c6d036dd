#pragma once
// A real store in a temporary data directory and submit() through the real path:
// session_from_json -> submit_session (real forms, real PDF, real SQLCipher).
#include <string>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "store/record_read.hpp"
#include "store/store.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"

namespace intake::submission::test {

// The real submit path into any open store, as the test actor on kVisitDate in Madrid; uses no
// Catch2 assertion, so a test's child process (child_environment.hpp) can call it too.
inline Result<std::string> submit_json(store::Store& store, const nlohmann::json& session_json) {
  auto session = session_from_json(shipped_forms(), session_json);
  if (!session) return session.error();
  SubmitOptions options;
  options.actor = "test";
  options.visit_date = kVisitDate;
  options.time_zone = "Europe/Madrid";
  auto id = submit_session(store, shipped_forms(), source_fonts(), *session, options);
  session->wipe();
  return id;
}

struct SubmitFixture {
  TempDir tmp;
  std::filesystem::path data = tmp / "data";
  store::Store store = open_store_or_fail(data);

  Result<std::string> submit(const nlohmann::json& session_json) { return submit_json(store, session_json); }

  store::Record record(const std::string& id) {
    auto record = store::view_record(store, id, "test");
    REQUIRE(record);
    return std::move(*record);
  }

  std::vector<std::uint8_t> pdf(const std::string& id) {
    auto file = store::read_record_pdf(store, id, 1, store::PdfAccess::view, "test");
    REQUIRE(file);
    return std::move(file->bytes);
  }
};

}  // namespace intake::submission::test
