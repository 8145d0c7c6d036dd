#pragma once
// The store's half of the one submission path: a record, its patient-signed PDF (version 1)
// and its "record.create" audit entry are written in ONE transaction. After a crash either
// all three are there or none is.
#include <chrono>
#include <optional>
#include <span>
#include <string>

#include "common/result.hpp"
#include "store/record_types.hpp"
#include "store/store.hpp"

namespace intake::store {

// The PDF prints the record id and its creation time, so the submission path takes both
// from here, renders, then inserts with NewRecord::id and ::created_at set to these.
struct RecordIdentity {
  std::string id;          // "R-20261121-7F3K9Q", not used by any stored record
  std::string created_at;  // UTC "2026-11-21T12:36:43.123Z"
};
Result<RecordIdentity> new_record_identity(Store& store, std::optional<TimePoint> now = std::nullopt);

// Checks the record (ids, dates, JSON fields, a PDF that starts with %PDF-), then inserts
// record + PDF v1 + audit entry in one transaction and returns the record id.
// Errors: kExitInvalidInput (what is wrong, never the patient's data), kExitAlreadyExists,
// kExitDiskFull, kExitReadOnly, kExitBusy, kExitCorrupt, kExitStoreFailure.
Result<std::string> insert_submitted_record(Store& store, const NewRecord& record);

// Many records in one transaction (imports, benchmarks): all or none.
Result<std::vector<std::string>> insert_submitted_records(Store& store, std::span<const NewRecord> records);

// --- for the store's own files -------------------------------------------------------
Status validate_new_record(const NewRecord& record);
Status check_pdf_bytes(std::span<const std::uint8_t> pdf);

}  // namespace intake::store
