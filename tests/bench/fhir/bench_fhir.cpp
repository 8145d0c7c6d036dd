// Prints FHIR figures for 1,000 check-ins made through the real submission path (PDF, signature,
// SQLCipher store): the export of each record as its transaction Bundle (read, audited, built
// and serialised), the delivery throughput of the kiosk's worker to a real FHIR server with
// patients' submits timed while it sends, and the crash run (tests/fhir/crash_delivery_run.hpp)
// at full size. Figures, not a pass/fail test; its checks only say the run was sound.
//   build/tests/bench/fhir/bench_fhir [export|delivery|crash] [--records N] [--rounds N]
//   (Catch2 test names; default all; --rounds: crash rounds, each with every fault, default 3)
#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "crash_delivery_run.hpp"
#include "delivery_rig.hpp"
#include "fhir/delivery_worker.hpp"
#include "fhir/record_fhir_export.hpp"
#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::fhir::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

int g_records = 1000;
int g_rounds = 3;

double ms_since(SteadyClock::time_point start) {
  return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const std::size_t index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

void print_latencies(const char* what, const std::vector<double>& ms) {
  std::printf("%-44s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%zu)\n", what, percentile(ms, 0.5),
              percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()), ms.size());
}

std::shared_ptr<const forms::FormCatalog> catalog() {
  static auto loaded =
      std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(INTAKE_SOURCE_FORMS_DIR));
  return loaded;
}

Rig& seeded_rig() {
  static std::unique_ptr<Rig> rig;
  if (!rig) {
    const auto start = SteadyClock::now();
    rig = std::make_unique<Rig>(g_records);
    std::printf("%d check-ins made (submission path)     %8.1f s\n", g_records, ms_since(start) / 1000.0);
  }
  return *rig;
}

}  // namespace

TEST_CASE("export") {
  Rig& rig = seeded_rig();
  std::vector<double> ms;
  std::size_t bytes = 0;
  for (const std::string& id : rig.ids) {
    const auto start = SteadyClock::now();
    auto bundle = fhir::load_record_bundle(rig.store, id, catalog().get(), rig.options, "bench", "bench");
    REQUIRE(bundle);
    const std::string text = bundle->dump();
    ms.push_back(ms_since(start));
    bytes += text.size();
  }
  double total = 0;
  for (double m : ms) total += m;
  std::printf("FHIR export per record (read+audit+build+json) mean %6.2f ms\n", total / double(ms.size()));
  print_latencies("FHIR export per record", ms);
  std::printf("Bundle size                                  mean %6.1f KB\n",
              double(bytes) / double(ms.size()) / 1024.0);
}

TEST_CASE("delivery") {
  Rig& rig = seeded_rig();
  // Patients' submits before delivery starts: the baseline.
  std::vector<double> idle, sending;
  for (int i = 0; i < 20; ++i) {
    const auto start = SteadyClock::now();
    rig.add_records(1);
    idle.push_back(ms_since(start));
  }
  rig.start_server();
  rig.configure(rig.server->port);
  fhir::DeliveryWorkerOptions options;
  options.paths.data_dir = rig.data;
  options.clock = intake::test::real_clock();
  options.paths.forms_dir = INTAKE_SOURCE_FORMS_DIR;
  options.catalog = catalog();
  const std::int64_t already = rig.status().delivered;
  const auto start = SteadyClock::now();
  fhir::DeliveryWorker worker(std::move(options));
  // The same submits while the worker sends (each also wakes it, as the kiosk's do).
  for (int i = 0; i < 20; ++i) {
    const auto submit_start = SteadyClock::now();
    rig.add_records(1);
    sending.push_back(ms_since(submit_start));
    worker.wake();
  }
  REQUIRE(
      rig.wait_until([](const auto& s) { return s.waiting == 0; }, std::chrono::seconds(600 + g_records)));
  const double seconds = ms_since(start) / 1000.0;
  const std::int64_t sent = rig.status().delivered - already;
  std::printf("delivery worker -> fhir-router, %5lld records %8.1f s   %6.1f records/s\n",
              static_cast<long long>(sent), seconds, double(sent) / seconds);
  print_latencies("submit, no delivery running", idle);
  print_latencies("submit, while the worker sends", sending);
  const auto check = rig.check_exactly_once(rig.server->port);
  std::printf(
      "on the server: %zu resources, %zu expected once: %zu duplicates, %zu missing; "
      "%zu PDFs byte for byte (%zu differ)\n",
      check.resources, check.expected, check.duplicates, check.missing, check.pdfs_checked,
      check.pdf_mismatches);
}

TEST_CASE("crash") {
  const auto f = run_crash_delivery(g_records, g_rounds);
  std::printf(
      "crash run, %d rounds: %d x 500, %d lost answers, %d time-outs, %d server SIGKILLs, %d kiosk "
      "SIGKILLs, %d CLI SIGKILLs mid-send\n"
      "  %d check-ins (%d made while it ran) made in %.1f s; delivered in %.1f s (%.1f records/s "
      "through the faults); checked in %.1f s\n"
      "  on the server: %zu resources, %zu expected once: %zu duplicates, %zu missing; %zu PDFs byte "
      "for byte (%zu differ)\n",
      g_rounds, f.injected_500s, f.lost_answers, f.time_outs, f.server_kills, f.kiosk_kills, f.cli_kills,
      f.records, f.records - g_records, f.seed_seconds, f.deliver_seconds,
      double(f.records) / f.deliver_seconds, f.check_seconds, f.check.resources, f.check.expected,
      f.check.duplicates, f.check.missing, f.check.pdfs_checked, f.check.pdf_mismatches);
}

int main(int argc, char** argv) {
  Catch::Session session;
  using namespace Catch::Clara;
  auto cli = session.cli() | Opt(g_records, "n")["--records"]("check-ins to make (default 1000)") |
             Opt(g_rounds, "n")["--rounds"]("crash rounds, each with every fault (default 3)");
  session.cli(cli);
  if (const int rc = session.applyCommandLine(argc, argv); rc != 0) return rc;
  return session.run();
}
