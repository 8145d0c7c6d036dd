// Every stored PDF version is signed by the kiosk, and independent tools agree: poppler's
// pdfsig says "Signature is Valid." and "Total document signed" for the patient's version 1
// (which is also the patient's copy), a review version and the exported files; qpdf --check
// accepts the incremental update; `intake-kiosk verify` names the kiosk, record and version.
#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"
#include "signing/pdf_signature_check.hpp"
#include "signing/signing_error.hpp"
#include "signing_test_support.hpp"
#include "staff/patient_copy.hpp"
#include "staff/record_export.hpp"
#include "store/audit_verify.hpp"
#include "store/device_certificates.hpp"
#include "store/record_read.hpp"

using namespace intake;
using namespace intake::signing::test;
using submission::test::quoted;
using submission::test::read_bytes;
using submission::test::run_shell;

namespace {

void require_pdfsig_valid(const std::filesystem::path& file) {
  INFO(file.string());
  const std::string report = pdfsig(file);
  INFO(report);
  CHECK(report.find("Signature is Valid.") != std::string::npos);
  CHECK(report.find("Total document signed") != std::string::npos);
  CHECK(report.find("adbe.pkcs7.detached") != std::string::npos);
}

void require_qpdf_check(const std::filesystem::path& file) {
  const Shell check = run_shell("qpdf --check " + quoted(file));
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
}

}  // namespace

TEST_CASE("Version 1, a review version and the patient copy are signed and pdfsig finds them valid",
          "[signing]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  REQUIRE(kiosk.review(id) == 2);

  const auto v1 = kiosk.write("v1.pdf", kiosk.pdf(id, 1));
  const auto v2 = kiosk.write("v2.pdf", kiosk.pdf(id, 2));
  const staff::PatientCopySource source{submission::test::shipped_forms(),
                                        submission::test::source_fonts().regular.parent_path()};
  auto copy = staff::save_patient_copy(kiosk.store, id, source, kiosk.tmp.path(), "test");
  REQUIRE(copy);
  for (const auto& file : {v1, v2, *copy}) {
    INFO(file.string());
    require_pdfsig_valid(file);
    require_qpdf_check(file);
  }

  // The stored hash is of the signed bytes, and the audit trail still checks out.
  auto record = store::view_record(kiosk.store, id, "test");
  REQUIRE(record);
  CHECK(record->pdfs[0].sha256 == sha256_hex(read_bytes(v1)));
  CHECK(record->pdfs[1].sha256 == sha256_hex(read_bytes(v2)));
  auto audit = store::verify_audit_trail(kiosk.store);
  REQUIRE(audit);
  CHECK(audit->ok());

  // verify, with this kiosk's store: valid, this record, the version the store holds.
  const Shell verified = verify(kiosk.data, quoted(v1) + " " + quoted(v2) + " " + quoted(*copy));
  INFO(verified.out << verified.err);
  CHECK(verified.exit_code == 0);
  CHECK(verified.out.find(v1.string() + ": valid: signed by ") != std::string::npos);
  CHECK(verified.out.find("record " + id) != std::string::npos);
  CHECK(verified.out.find("this store holds it as version 1") != std::string::npos);
  CHECK(verified.out.find("this store holds it as version 2") != std::string::npos);
  CHECK(verified.out.find("Check-in kiosk ") != std::string::npos);
}

TEST_CASE("The signature binds the record id, the audit head at signing and the drawn strokes", "[signing]") {
  Kiosk kiosk;
  const std::string first = kiosk.check_in("Ana", "García");
  auto head = store::current_audit_head_hash(kiosk.store);
  REQUIRE(head);
  const std::string second = kiosk.check_in("Luis", "Martín");
  const signing::PdfSignatureCheck check = signing::check_pdf_signatures(kiosk.pdf(second, 1));
  REQUIRE(check.state == signing::SignatureState::valid);
  CHECK(check.record_id == second);
  CHECK(check.audit_head == *head);  // the head just before this record was stored
  auto record = store::view_record(kiosk.store, second, "test");
  REQUIRE(record);
  REQUIRE(check.strokes_sha256.size() == 1);
  CHECK(check.strokes_sha256[0] == sha256_hex(record->signature_json));
  CHECK(check.signing_time == record->created_at.substr(0, 19) + ".000Z");  // the record's time
  CHECK(first != second);
}

TEST_CASE("Exported files verify on a computer without the store, and name the kiosk", "[signing]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  kiosk.review(id);
  const auto folder = kiosk.tmp / "stick";
  std::filesystem::create_directories(folder);
  auto exported = staff::export_record_pdfs(kiosk.store, id, folder, "test");
  REQUIRE(exported);
  REQUIRE(exported->files.size() == 2);
  std::string args = "--no-store";
  for (const auto& file : exported->files) {
    require_pdfsig_valid(folder / file.file_name);
    args += " " + quoted(folder / file.file_name);
  }
  TempDir elsewhere;  // another computer: no store at all
  const Shell offline = verify(elsewhere / "nothing", args);
  INFO(offline.out << offline.err);
  CHECK(offline.exit_code == 0);
  CHECK(offline.out.find("valid: signed by ") != std::string::npos);
  CHECK(offline.out.find("no store here") != std::string::npos);
  CHECK(!std::filesystem::exists(elsewhere / "nothing"));  // verify never makes a store
}

TEST_CASE("A PDF without a signature is reported as not signed", "[signing]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  std::vector<std::uint8_t> bytes = kiosk.pdf(id, 1);
  // libharu's own bytes: everything before the appended update.
  const std::string text(bytes.begin(), bytes.end());
  const std::size_t end = text.find("%%EOF");
  REQUIRE(end != std::string::npos);
  bytes.resize(end + 6);
  const auto file = kiosk.write("unsigned.pdf", bytes);
  CHECK(pdfsig(file).find("does not contain any signatures") != std::string::npos);
  const Shell result = verify(kiosk.data, quoted(file));
  CHECK(result.exit_code == signing::kExitVerifyNotSigned);
  CHECK(result.out.find(": not signed") != std::string::npos);
}
