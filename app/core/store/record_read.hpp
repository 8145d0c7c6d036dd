#pragma once
// Reading records: the paged, filtered list for the staff queue and `records list`, the
// full record (audited as a view) and its PDFs (audited as a view or an export).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/record_types.hpp"
#include "store/store.hpp"

namespace intake::store {

enum class RecordOrder {
  newest_first,  // records list, archive
  queue,         // staff queue: stop flags first, then review, then the rest; oldest first
};

// Every filter is backed by an index (schema.cpp), so a page stays fast with 100,000 records.
struct RecordQuery {
  bool flagged_only = false;     // any flag (note, review or stop)
  bool unreviewed_only = false;  // status "submitted"
  std::string created_from;      // UTC timestamp or its prefix, inclusive ("2026-11-21")
  std::string created_before;    // UTC timestamp or its prefix, exclusive
  std::string name;              // words matched against the starts of name words, any order,
                                 // case- and accent-insensitive: "ana di" finds "Ana Díaz"
  std::string date_of_birth;     // exact YYYY-MM-DD
  RecordOrder order = RecordOrder::newest_first;
  std::int64_t offset = 0;
  std::int64_t limit = 100;  // rows per page
};

Result<std::vector<RecordSummary>> list_records(Store& store, const RecordQuery& query);

// The ids of the records created in [created_from, created_before), oldest first, read a page
// at a time before anything else happens, so audit entries the caller then writes never shift
// a page. The names each page carried are wiped.
Result<std::vector<std::string>> record_ids_created_between(Store& store, const std::string& created_from,
                                                            const std::string& created_before);
// How many records match (offset/limit ignored): the queue's scroll length.
Result<std::int64_t> count_records(Store& store, const RecordQuery& query);

// The whole record with its PDF versions and reviews; appends a "record.view" audit entry.
// kExitNotFound when there is no such record.
Result<Record> view_record(Store& store, const std::string& record_id, const std::string& actor);

enum class PdfAccess { view, export_file, print };

struct PdfFile {
  std::string record_id;
  int version = 0;
  std::string kind;    // "patient_signed" or "review"
  std::string sha256;  // stored hex digest; the bytes were checked against it
  std::vector<std::uint8_t> bytes;
};

// version 0 = the latest. The bytes are checked against their stored SHA-256 (a mismatch is
// kExitAuditMismatch and nothing is returned) and the access is audited ("record.view", or
// "record.export" / "record.print" with `destination`: the file written or the printer) before
// the bytes are handed out.
Result<PdfFile> read_record_pdf(Store& store, const std::string& record_id, int version, PdfAccess access,
                                const std::string& actor, const std::string& destination = "");

// "stop:pregnancy review:diabetes" (the records.flag_summary column) as (code, severity) pairs.
std::vector<std::pair<std::string, Severity>> parse_flag_summary(const std::string& summary);

}  // namespace intake::store
