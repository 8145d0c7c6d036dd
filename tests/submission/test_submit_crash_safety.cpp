// Crash safety through the whole submission path: a child process runs a stream of
// submit_session calls and prints each id only after it returned; the parent SIGKILLs it at
// many points (while opening, checking, rendering and signing the PDF, inside the transaction).
// Afterwards the store opens, both integrity checks are clean, every reported record is there
// complete with its PDF, every stored PDF carries a valid signature covering the whole file,
// and no record is half there.
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <set>

#include "common/sha256.hpp"
#include "kill_child.hpp"
#include "signing/verify_pdf.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;

namespace {

[[noreturn]] void submit_until_killed(const std::filesystem::path& data, int write_fd, int round) {
  auto store = store::open_store(data, {}, intake::test::real_clock());
  if (!store) ::_exit(1);
  SubmitOptions options;
  options.actor = "crash-test";
  options.visit_date = kVisitDate;
  for (int i = 0;; ++i) {
    nlohmann::json json =
        complete_session(i % 2 ? "es" : "en", "Crash" + std::to_string(round), "Patient" + std::to_string(i));
    json["answers"]["pregnant"] = i % 3 == 0;
    auto session = session_from_json(shipped_forms(), json);
    if (!session) ::_exit(2);
    auto id = submit_session(*store, shipped_forms(), source_fonts(), *session, options);
    if (!id) ::_exit(3);
    const std::string line = *id + "\n";
    // One write() per line, after submit_session returned: a line the parent reads was committed.
    if (::write(write_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) ::_exit(4);
  }
}

}  // namespace

TEST_CASE("SIGKILL during a stream of submits never loses or half-stores a record", "[submission][crash]") {
  TempDir tmp;
  const auto data = tmp / "data";
  { store::Store created = open_store_or_fail(data); }
  (void)shipped_forms();  // loaded once, before fork, so the children only submit

  std::set<std::string> reported;
  constexpr int kKills = 15;
  for (int round = 0; round < kKills; ++round) {
    // Spread over the child's life: opening the store, the first submit, mid-stream.
    const auto killed =
        intake::testing::run_until_killed([&](int write_fd) { submit_until_killed(data, write_fd, round); },
                                          std::chrono::milliseconds(20 + (round * 97) % 900));
    INFO("round " << round);
    CHECK(killed.killed);  // not an early exit with an error
    reported.insert(killed.lines.begin(), killed.lines.end());
  }
  CHECK(reported.size() >= 5);  // the kills really landed among submits, not only at start-up

  store::Store store = open_store_or_fail(data);
  REQUIRE(store::check_store_integrity(store).ok());
  auto audit = store::verify_audit_trail(store);
  REQUIRE(audit);
  CHECK(audit->ok());

  // Every record in the store, reported or committed just before a kill, is complete.
  store::RecordQuery all;
  all.limit = 100000;
  auto summaries = store::list_records(store, all);
  REQUIRE(summaries);
  std::set<std::string> stored;
  for (const store::RecordSummary& summary : *summaries) {
    stored.insert(summary.id);
    auto record = store::view_record(store, summary.id, "crash-test");
    REQUIRE(record);
    CHECK(nlohmann::json::parse(record->answers_json).contains("pregnant"));
    CHECK(nlohmann::json::parse(record->consent_json)["accepted"] == true);
    REQUIRE(record->pdfs.size() == 1);
    auto pdf = store::read_record_pdf(store, summary.id, 1, store::PdfAccess::view, "crash-test");
    REQUIRE(pdf);
    CHECK(sha256_hex(pdf->bytes) == record->pdfs[0].sha256);
    const std::string tail(pdf->bytes.end() - 6, pdf->bytes.end());
    CHECK(tail.find("%%EOF") != std::string::npos);
    const signing::PdfVerification signature = signing::verify_pdf(pdf->bytes, &store);
    CHECK(signature.verdict == signing::Verdict::valid);
    CHECK(signature.stored_version == 1);
  }
  for (const std::string& id : reported) {
    INFO(id);
    CHECK(stored.count(id) == 1);
  }
}
