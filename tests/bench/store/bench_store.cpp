// Store benchmark: figures to compare across changes, not pass/fail.
//   bench_store            fills a temporary store with 100,000 records, then measures
//   bench_store DIR        reuses (or fills, once) the store in DIR
// Figures: open time; insert latency (80 KB PDF, one transaction per record) median and p95;
// the staff queue's queries (first page, flagged, unreviewed, date range, name and birth-date
// search, counts) and a full `records list`; audit verify over everything.
#include <fmt/format.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bench_records.hpp"
#include "common/sha256.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/store.hpp"
#include "store/timestamp.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using intake::bench::fill;
using intake::bench::kRecords;
using intake::bench::make_record;
namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

double ms_since(SteadyClock::time_point start) {
  return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

struct Stats {
  double median, p95, max;
};

Stats stats(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return {samples[samples.size() / 2], samples[samples.size() * 95 / 100], samples.back()};
}

// Runs `query` `repeat` times and prints its median time.
void time_query(const std::string& label, int repeat, const std::function<std::size_t()>& query) {
  std::vector<double> samples;
  std::size_t rows = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto start = SteadyClock::now();
    rows = query();
    samples.push_back(ms_since(start));
  }
  const Stats s = stats(samples);
  fmt::print("  {:<52} {:>8.2f} ms median {:>8.2f} ms max  ({} rows)\n", label, s.median, s.max, rows);
}

std::size_t page(Store& store, const RecordQuery& query) {
  auto rows = list_records(store, query);
  if (!rows) {
    fmt::print(stderr, "query failed: {}\n", rows.error().message);
    std::exit(1);
  }
  return rows->size();
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  const bool temporary = argc < 2;
  fs::path data =
      temporary ? fs::temp_directory_path() / fmt::format("intake-bench-{}", ::getpid()) : fs::path(argv[1]);
  {
    auto store = open_store(data, {}, intake::test::real_clock());
    if (!store) {
      fmt::print(stderr, "open failed: {}\n", store.error().message);
      return 1;
    }
    fill(*store);
  }

  // Open: the first open in this process, then repeated opens (key check, WAL, schema check).
  std::vector<double> opens;
  for (int i = 0; i < 20; ++i) {
    const auto start = SteadyClock::now();
    auto store = open_store(data, {}, intake::test::real_clock());
    opens.push_back(ms_since(start));
    if (!store) return 1;
  }
  fmt::print("open_store with {} records: first {:.2f} ms, median of 20 {:.2f} ms\n", kRecords, opens.front(),
             stats(opens).median);

  auto opened = open_store(data, {}, intake::test::real_clock());
  if (!opened) return 1;
  Store& store = *opened;

  // Insert latency: one record with an 80 KB PDF per transaction (synchronous=FULL, fsync).
  std::vector<double> inserts;
  for (int i = 0; i < 100; ++i) {
    NewRecord record = make_record(kRecords + i, std::chrono::system_clock::now(), 80 * 1024);
    const auto start = SteadyClock::now();
    auto id = insert_submitted_record(store, record);
    inserts.push_back(ms_since(start));
    if (!id) {
      fmt::print(stderr, "insert failed: {}\n", id.error().message);
      return 1;
    }
  }
  const Stats insert = stats(inserts);
  fmt::print(
      "insert_submitted_record (80 KB PDF, 100 inserts): median {:.2f} ms, p95 {:.2f} ms, "
      "max {:.2f} ms\n",
      insert.median, insert.p95, insert.max);

  fmt::print("queries over {} records (page = 50 rows):\n", kRecords + 100);
  RecordQuery first;
  first.limit = 50;
  time_query("first page, newest first", 20, [&] { return page(store, first); });
  RecordQuery deep = first;
  deep.offset = 90000;
  time_query("page at offset 90,000", 10, [&] { return page(store, deep); });
  RecordQuery queue = first;
  queue.order = RecordOrder::queue;
  queue.created_from = utc_timestamp(std::chrono::system_clock::now() - std::chrono::hours(24));
  time_query("today's queue (stop, review, rest)", 20, [&] { return page(store, queue); });
  RecordQuery flagged = first;
  flagged.flagged_only = true;
  time_query("flagged only", 20, [&] { return page(store, flagged); });
  RecordQuery unreviewed = flagged;
  unreviewed.unreviewed_only = true;
  time_query("flagged and unreviewed", 20, [&] { return page(store, unreviewed); });
  RecordQuery range = first;
  range.created_from = utc_timestamp(std::chrono::system_clock::now() - std::chrono::hours(24 * 400));
  range.created_before = utc_timestamp(std::chrono::system_clock::now() - std::chrono::hours(24 * 370));
  time_query("date range (30 days, a year ago)", 20, [&] { return page(store, range); });
  RecordQuery name = first;
  name.name = "garcia";
  time_query("name search \"garcia\"", 20, [&] { return page(store, name); });
  name.name = "Lucía Muñoz";
  time_query("name search \"Lucía Muñoz\"", 20, [&] { return page(store, name); });
  name.name = "m";
  time_query("name search \"m\" (one letter)", 20, [&] { return page(store, name); });
  name.name = "zzzz";
  time_query("name search with no match", 20, [&] { return page(store, name); });
  RecordQuery born = first;
  born.date_of_birth = "1980-05-10";
  time_query("date of birth 1980-05-10", 20, [&] { return page(store, born); });
  time_query("count flagged (queue length)", 20, [&] {
    auto n = count_records(store, flagged);
    return n ? static_cast<std::size_t>(*n) : 0;
  });
  time_query("count name \"garcia\"", 20, [&] {
    RecordQuery q;
    q.name = "garcia";
    auto n = count_records(store, q);
    return n ? static_cast<std::size_t>(*n) : 0;
  });
  time_query("full records list (all rows, pages of 1000)", 3, [&] {
    RecordQuery all;
    all.limit = 1000;
    std::size_t total = 0;
    while (true) {
      const std::size_t n = page(store, all);
      total += n;
      if (n < 1000) break;
      all.offset += 1000;
    }
    return total;
  });
  time_query("full records list (one query)", 3, [&] {
    RecordQuery all;
    all.limit = 1000000;
    return page(store, all);
  });

  const auto verify_start = SteadyClock::now();
  auto report = verify_audit_trail(store);
  if (!report) return 1;
  fmt::print("audit verify: {} entries, {} records, {} PDFs in {:.1f} s ({})\n", report->entries_checked,
             report->records_checked, report->pdfs_checked, ms_since(verify_start) / 1000,
             report->ok() ? "intact" : report->first_problem);
  std::error_code ec;
  fmt::print("store size: {:.1f} MB\n", static_cast<double>(fs::file_size(data / "store.db", ec)) / 1e6);
  if (temporary) fs::remove_all(data, ec);
  return 0;
}
