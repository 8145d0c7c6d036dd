#include "bench_records.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/sha256.hpp"
#include "store/record_read.hpp"
#include "store/timestamp.hpp"

namespace intake::bench {
namespace {

using namespace intake::store;
using SteadyClock = std::chrono::steady_clock;

double ms_since(SteadyClock::time_point start) {
  return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

const char* kGiven[] = {"Ana",   "María",  "José", "Lucía", "Carmen", "Sofía", "Elena", "Laura",
                        "Pablo", "Javier", "Olga", "Irina", "Anna",   "Chloé", "Zoë",   "Björn",
                        "Núria", "Andrés", "Emma", "Noah",  "Liam",   "Mia",   "Lena",  "Marta"};
const char* kFamily[] = {"García",  "Rodríguez",    "González", "Fernández", "López",     "Martínez",
                         "Sánchez", "Pérez",        "Gómez",    "Díaz",      "Moreno",    "Muñoz",
                         "Álvarez", "Romero",       "Navarro",  "Torres",    "Domínguez", "Vázquez",
                         "Ramos",   "Gil",          "Smith",    "Müller",    "O'Brien",   "Novak",
                         "Ivanova", "Papadopoulos", "Kowalski", "Rossi",     "Dubois",    "Jensen"};

std::vector<std::uint8_t> pdf_bytes(std::size_t size) {
  std::vector<std::uint8_t> bytes(size);
  randombytes_buf(bytes.data(), bytes.size());
  const char head[] = "%PDF-1.7\n";
  std::copy(head, head + 9, bytes.begin());
  return bytes;
}

}  // namespace

store::NewRecord make_record(int n, std::chrono::system_clock::time_point created, std::size_t pdf_size) {
  NewRecord record;
  record.created_at = utc_timestamp(created);
  record.signed_at = record.created_at;
  record.form_id = "microneedling";
  record.form_version = "1";
  record.consent_sha256 = intake::sha256_hex(std::string_view("consent"));
  record.language = n % 3 == 0 ? "es" : "en";
  const std::size_t given_count = sizeof kGiven / sizeof *kGiven;
  const std::size_t family_count = sizeof kFamily / sizeof *kFamily;
  record.patient.given_name = kGiven[randombytes_uniform(given_count)];
  record.patient.family_name = std::string(kFamily[randombytes_uniform(family_count)]) + "-" +
                               kFamily[randombytes_uniform(family_count)];
  record.patient.date_of_birth = fmt::format("{}-{:02}-{:02}", 1940 + randombytes_uniform(66),
                                             1 + randombytes_uniform(12), 1 + randombytes_uniform(28));
  record.patient.phone = fmt::format("+34 6{:08}", randombytes_uniform(100000000));
  record.patient.email = fmt::format("p{}@example.org", n);
  record.answers_json = R"({"pregnant":false,"breastfeeding":false,"treatment_areas":["face","neck"],)"
                        R"("concerns":["fine_lines"],"medications":"none","diabetes":)" +
                        std::string(n % 9 == 0 ? "true" : "false") + "}";
  if (n % 9 == 0)
    record.flags.push_back({"diabetes", intake::Severity::review, "Healing may be slower.", {"diabetes"}});
  if (n % 40 == 0)
    record.flags.push_back({"pregnancy", intake::Severity::stop, "Do not treat.", {"pregnant"}});
  record.consent_json = R"({"accepted":true,"initials":"AD","photo_consent":false})";
  record.signature_json = R"({"width":900,"height":300,"strokes":[[[12.0,40.5,0],[14.2,41.0,16],)"
                          R"([20.1,44.0,33],[31.9,47.2,50],[45.0,46.1,66]]]})";
  record.pdf = pdf_bytes(pdf_size);
  record.actor = "bench";
  return record;
}

// Fills the store with kRecords records spread over two years. Batches of 5,000 records per
// transaction: one giant transaction outgrows the page cache, and SQLite then spills the
// same hot pages into the WAL over and over (measured: 6 minutes instead of under one).
void fill(store::Store& store) {
  auto count = count_records(store, {});
  if (count && *count >= kRecords) return;
  const auto start = SteadyClock::now();
  const auto now = std::chrono::system_clock::now();
  const auto span = std::chrono::hours(24 * 730);
  constexpr int kBatch = 5000;
  for (int first = 0; first < kRecords; first += kBatch) {
    std::vector<NewRecord> batch;
    batch.reserve(kBatch);
    for (int i = first; i < first + kBatch; ++i)
      batch.push_back(make_record(
          i, now - span + std::chrono::duration_cast<std::chrono::milliseconds>(span) / kRecords * i, 2048));
    auto ids = insert_submitted_records(store, batch);
    if (!ids) {
      fmt::print(stderr, "fill failed: {}\n", ids.error().message);
      std::exit(1);
    }
  }
  fmt::print("filled {} records (2 KB synthetic PDFs), {} per transaction: {:.1f} s\n", kRecords, kBatch,
             ms_since(start) / 1000);
}

}  // namespace intake::bench
