#include "signing_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include "intake/build_paths.hpp"
#include "staff/staff_review.hpp"
#include "store/record_read.hpp"
#include "store/staff.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"

namespace intake::signing::test {

using namespace submission::test;

std::string Kiosk::check_in(const std::string& given_name, const std::string& family_name) {
  auto session =
      submission::session_from_json(shipped_forms(), complete_session("en", given_name, family_name));
  REQUIRE(session);
  submission::SubmitOptions options;
  options.actor = "test";
  options.visit_date = kVisitDate;
  options.time_zone = "Europe/Madrid";
  auto id = submission::submit_session(store, shipped_forms(), source_fonts(), *session, options);
  session->wipe();
  REQUIRE(id);
  return *id;
}

int Kiosk::review(const std::string& record_id) {
  auto reviewer = store::find_staff(store, "Dr Lopez");
  if (!reviewer) {
    REQUIRE(store::add_staff(store, "Dr Lopez", store::StaffRole::practitioner, "8642", "test"));
    reviewer = store::find_staff(store, "Dr Lopez");
  }
  REQUIRE(reviewer);
  staff::ReviewRequest request;
  request.record_id = record_id;
  request.reviewer = *reviewer;
  request.decision = intake::ReviewDecision::treat_with_changes;
  request.note = "Lower depth on the forehead.";
  request.countersignature = {900.f, 300.f, {{{10.f, 10.f, 0}, {200.f, 120.f, 40}, {400.f, 60.f, 80}}}};
  auto version = staff::record_review(store, shipped_forms(), INTAKE_SOURCE_FONTS_DIR, request);
  REQUIRE(version);
  return *version;
}

std::vector<std::uint8_t> Kiosk::pdf(const std::string& record_id, int version) {
  auto file = store::read_record_pdf(store, record_id, version, store::PdfAccess::view, "test");
  REQUIRE(file);
  return std::move(file->bytes);
}

std::filesystem::path Kiosk::write(const std::string& name, const std::vector<std::uint8_t>& bytes) {
  const auto path = tmp / name;
  write_text(path, std::string(bytes.begin(), bytes.end()));
  return path;
}

std::string pdfsig(const std::filesystem::path& file) {
  Shell shell = run_shell("pdfsig " + quoted(file));
  return shell.out + shell.err;
}

Shell verify(const std::filesystem::path& data, const std::string& args) {
  return run_shell(quoted(INTAKE_KIOSK_BINARY) + " --data-dir " + quoted(data) + " verify " + args);
}

}  // namespace intake::signing::test
