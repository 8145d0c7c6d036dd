#include "store/device_certificates.hpp"

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

Result<bool> record_device_certificate(Store& store, const DeviceCertificate& certificate,
                                       const std::string& actor) {
  if (certificate.sha256.size() != 64 || certificate.pem.empty())
    return store_error(kExitInvalidInput, "The certificate to record has no fingerprint or no PEM text.");
  sqlite3* db = store.handle();
  auto transaction = TRY(WriteTransaction::begin(db));
  auto exists = TRY(Statement::prepare(db, "SELECT 1 FROM device_certificates WHERE sha256 = ?1"));
  exists.bind(1, certificate.sha256);
  if (TRY(exists.step("looking up the signing certificate"))) return false;

  const auto now = connection_now(db);
  auto insert = TRY(Statement::prepare(
      db,
      "INSERT INTO device_certificates (sha256, subject, issuer, not_before, not_after, pem, "
      "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  insert.bind(1, certificate.sha256).bind(2, certificate.subject).bind(3, certificate.issuer);
  insert.bind(4, certificate.not_before).bind(5, certificate.not_after).bind(6, certificate.pem);
  insert.bind(7, utc_timestamp(now));
  TRY(insert.run("recording the signing certificate"));
  const nlohmann::json details = {{"certificate_sha256", certificate.sha256},
                                  {"subject", certificate.subject},
                                  {"issuer", certificate.issuer},
                                  {"not_after", certificate.not_after}};
  TRY(append_audit_in_transaction(db, AuditInput{actor, audit_action::kDeviceCertificate, "", details.dump()},
                                  now));
  TRY(transaction.commit());
  return true;
}

Result<std::optional<DeviceCertificate>> find_device_certificate(Store& store, const std::string& sha256) {
  auto query =
      TRY(Statement::prepare(store.handle(),
                             "SELECT sha256, subject, issuer, not_before, not_after, pem, recorded_at "
                             "FROM device_certificates WHERE sha256 = ?1"));
  query.bind(1, sha256);
  if (!TRY(query.step("looking up the signing certificate"))) return std::optional<DeviceCertificate>{};
  return std::optional<DeviceCertificate>{DeviceCertificate{query.text(0), query.text(1), query.text(2),
                                                            query.text(3), query.text(4), query.text(5),
                                                            query.text(6)}};
}

Result<bool> has_device_certificates(Store& store) {
  auto query = TRY(Statement::prepare(store.handle(), "SELECT 1 FROM device_certificates LIMIT 1"));
  return query.step("looking for signing certificates");
}

Result<std::optional<int>> find_pdf_version_by_hash(Store& store, const std::string& record_id,
                                                    const std::string& sha256) {
  auto query = TRY(Statement::prepare(
      store.handle(), "SELECT version FROM record_pdfs WHERE record_id = ?1 AND sha256 = ?2"));
  query.bind(1, record_id).bind(2, sha256);
  if (!TRY(query.step("looking up the PDF's hash"))) return std::optional<int>{};
  return std::optional<int>{static_cast<int>(query.integer(0))};
}

Result<std::string> current_audit_head_hash(Store& store) {
  auto query = TRY(Statement::prepare(store.handle(), "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1"));
  auto row = TRY(query.step("reading the audit trail's head"));
  return row ? query.text(0) : kGenesisHash;
}

}  // namespace intake::store
