#include "store_test_support.hpp"

#include <sodium.h>
#include <sys/wait.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "common/sha256.hpp"
#include "store/audit.hpp"
#include "store/record_write.hpp"
#include "test_clock.hpp"

namespace intake::store::test {
namespace fs = std::filesystem;

std::vector<std::uint8_t> synthetic_pdf(std::size_t size) {
  static const std::string head = "%PDF-1.7\n%synthetic test document\n";
  static const std::string tail = "\n%%EOF\n";
  std::vector<std::uint8_t> bytes(head.begin(), head.end());
  if (size < head.size() + tail.size()) size = head.size() + tail.size();
  const std::size_t body = size - head.size() - tail.size();
  const std::size_t at = bytes.size();
  bytes.resize(at + body);
  randombytes_buf(bytes.data() + at, body);
  bytes.insert(bytes.end(), tail.begin(), tail.end());
  return bytes;
}

NewRecord sample_record(int n, const std::string& given, const std::string& family) {
  NewRecord record;
  record.signed_at = "2026-11-21T13:36:43+01:00";
  record.form_id = "microneedling";
  record.form_version = "1";
  record.consent_sha256 = sha256_hex(std::string_view("consent text v1"));
  record.language = n % 2 == 0 ? "en" : "es";
  record.patient.given_name = given.empty() ? "Givenname" + std::to_string(n) : given;
  record.patient.family_name = family.empty() ? "Familyname" + std::to_string(n) : family;
  record.patient.date_of_birth = "19" + std::to_string(50 + n % 50) + "-05-10";
  record.patient.phone = "+1 555 0" + std::to_string(100 + n % 900);
  record.patient.email = "patient" + std::to_string(n) + "@example.org";
  record.answers_json = R"({"pregnant":false,"treatment_areas":["face"],"diabetes":)" +
                        std::string(n % 3 == 0 ? "true" : "false") + "}";
  if (n % 3 == 0)
    record.flags.push_back(
        {"diabetes", intake::Severity::review, "Slower healing is possible.", {"diabetes"}});
  if (n % 7 == 0)
    record.flags.push_back(
        {"pregnancy", intake::Severity::stop, "Do not treat while pregnant.", {"pregnant"}});
  record.consent_json = R"({"accepted":true,"initials":"GF","photo_consent":false})";
  record.signature_json = R"({"width":900,"height":300,"strokes":[[[12.0,40.5,0],[14.2,41.0,16]]]})";
  record.pdf = synthetic_pdf();
  record.actor = "test";
  return record;
}

StoreWithRecords::StoreWithRecords(int count, const std::function<NewRecord(int)>& make) {
  Store store = open_or_fail(data);
  for (int n = 1; n <= count; ++n) {
    const NewRecord record = make ? make(n) : sample_record(n);
    auto id = insert_submitted_record(store, record);
    REQUIRE(id);
    ids.push_back(*id);
    pdfs.push_back(record.pdf);
  }
}

AuditVerification StoreWithRecords::verify() const {
  Store store = open_or_fail(data);
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  return *report;
}

AuditEntry StoreWithRecords::newest() const {
  Store store = open_or_fail(data);
  auto recent = recent_audit_entries(store, 1);
  REQUIRE(recent);
  REQUIRE(recent->size() == 1);
  return recent->front();
}

Store open_or_fail(const fs::path& data_dir) {
  auto store = open_store(data_dir, {}, intake::test::real_clock());
  if (!store) FAIL("open_store failed: " << store.error().message);
  return std::move(*store);
}

std::string read_key_hex(const fs::path& data_dir) {
  std::ifstream file(data_dir / "store.key");
  std::string hex;
  std::getline(file, hex);
  return hex;
}

std::string run_shell(const std::string& command, int* exit_code) {
  std::string output;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return output;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = ::pclose(pipe);
  if (exit_code != nullptr) *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return output;
}

std::string run_sqlcipher(const fs::path& data_dir, const std::string& sql, int* exit_code) {
  // The key goes in on stdin, never on a command line other processes could read.
  const fs::path script = data_dir.parent_path() / (data_dir.filename().string() + ".sql");
  {
    std::ofstream out(script);
    out << "PRAGMA key = \"x'" << read_key_hex(data_dir) << "'\";\n" << sql << "\n";
  }
  std::string output =
      run_shell("sqlcipher -bail " + (data_dir / "store.db").string() + " < " + script.string(), exit_code);
  fs::remove(script);
  return output;
}

std::vector<std::uint8_t> read_file_bytes(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(file), {});
}

}  // namespace intake::store::test
