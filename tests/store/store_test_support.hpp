#pragma once
// Shared by the store tests: a temporary data directory, synthetic records and PDFs, and
// running the sqlcipher / sqlite3 shells. Records are synthetic but complete; the PDF bytes
// are a minimal PDF-shaped blob (the real renderer is tested in tests/pdf and tests/submission).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/record_types.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"

namespace intake::store::test {

using TempDir = intake::test::TempDir;  // tests/support/temp_dir.hpp

// A PDF-shaped blob of `size` bytes: "%PDF-1.7" header, random body, "%%EOF".
std::vector<std::uint8_t> synthetic_pdf(std::size_t size = 4096);

// A complete record; names are distinct per `n` and easy to grep for.
NewRecord sample_record(int n, const std::string& given = "", const std::string& family = "");

// A fresh data directory whose store holds `count` records, made by make(1..count) (by default
// sample_record(n)) and stored as submitted; their ids in order. The store is closed again, so
// a test opens it (or runs the CLI on it) as a clinic would.
struct StoreWithRecords {
  explicit StoreWithRecords(int count, const std::function<NewRecord(int)>& make = {});
  TempDir tmp;
  std::filesystem::path data = tmp / "data";
  std::vector<std::string> ids;
  std::vector<std::vector<std::uint8_t>> pdfs;  // each record's PDF as stored, in the same order

  // The audit trail's verification as it stands (the call itself must succeed).
  AuditVerification verify() const;
  // The newest audit entry.
  AuditEntry newest() const;
};

// Opens the store or fails the test with the error's message.
Store open_or_fail(const std::filesystem::path& data_dir);

// The store key as 64 hex characters (from <data dir>/store.key).
std::string read_key_hex(const std::filesystem::path& data_dir);

// Runs `sql` through the sqlcipher shell on the store with its key; returns stdout+stderr.
std::string run_sqlcipher(const std::filesystem::path& data_dir, const std::string& sql,
                          int* exit_code = nullptr);

// Runs a shell command, returns its stdout+stderr and exit code.
std::string run_shell(const std::string& command, int* exit_code = nullptr);

std::vector<std::uint8_t> read_file_bytes(const std::filesystem::path& path);

}  // namespace intake::store::test
