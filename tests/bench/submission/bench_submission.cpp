// Prints submit latency through submit_session (checks, flags, the consent PDF rendered in
// memory, and the one-transaction insert into a real SQLCipher store) over N submits, plus the
// time to open the kiosk's SubmissionService. Figures, not a pass/fail test.
//   build-*/tests/bench/submission/bench_submission [N]   (default 50)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "common/sha256.hpp"
#include "intake/build_paths.hpp"
#include "signing/device_identity.hpp"
#include "signing/pdf_signer.hpp"
#include "store/device_certificates.hpp"
#include "store/record_read.hpp"
#include "submission/session_json.hpp"
#include "submission/submission_service.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::submission;
using namespace intake::submission::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

double ms_since(SteadyClock::time_point start) {
  return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const std::size_t index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
  TempDir tmp;
  const ResourcePaths paths{INTAKE_SOURCE_FORMS_DIR, INTAKE_SOURCE_FONTS_DIR, tmp / "data"};

  auto start = SteadyClock::now();
  auto service = SubmissionService::open(paths, intake::test::real_clock());
  const double open_first_ms = ms_since(start);
  if (!service) {
    std::fprintf(stderr, "cannot open: %s\n", service.error().message.c_str());
    return 1;
  }
  service->reset();
  start = SteadyClock::now();
  service = SubmissionService::open(paths, intake::test::real_clock());
  const double open_again_ms = ms_since(start);
  if (!service) return 1;

  SubmitOptions options;
  options.actor = "bench";
  options.visit_date = kVisitDate;
  std::vector<double> all, english, spanish;
  for (int i = 0; i < count; ++i) {
    const bool es = i % 2 == 1;
    nlohmann::json json = complete_session(es ? "es" : "en", "Bench" + std::to_string(i), "Patient");
    json["answers"]["pregnant"] = i % 4 == 0;
    json["answers"]["other_allergies"] = "Penicillin";
    auto session = session_from_json((*service)->catalog(), json);
    if (!session) {
      std::fprintf(stderr, "session refused: %s\n", session.error().message.c_str());
      return 1;
    }
    start = SteadyClock::now();
    auto id = (*service)->submit(*session, options);
    const double ms = ms_since(start);
    session->wipe();
    if (!id) {
      std::fprintf(stderr, "submit failed: %s\n", id.error().message.c_str());
      return 1;
    }
    all.push_back(ms);
    (es ? spanish : english).push_back(ms);
  }
  service->reset();

  auto store = store::open_store(paths.data_dir, {}, intake::test::real_clock());
  if (!store) return 1;
  auto summaries = store::list_records(*store, {});
  std::size_t pdf_bytes = 0;
  if (summaries && !summaries->empty()) {
    auto pdf = store::read_record_pdf(*store, summaries->front().id, 1, store::PdfAccess::view, "bench");
    if (pdf) pdf_bytes = pdf->bytes.size();
  }

  // The signing step alone, on the same kind of PDF: libharu's bytes (everything up to the first
  // %%EOF of a stored version 1) signed again as submit_session signs them.
  std::vector<double> signing_ms;
  std::size_t unsigned_bytes = 0;
  if (summaries && !summaries->empty()) {
    auto pdf = store::read_record_pdf(*store, summaries->front().id, 1, store::PdfAccess::view, "bench");
    auto device = signing::open_device_identity(*store, {{}, "Bench Clinic"});
    auto head = store::current_audit_head_hash(*store);
    if (pdf && device && head) {
      const std::string text(pdf->bytes.begin(), pdf->bytes.end());
      unsigned_bytes = text.find("%%EOF") + 6;
      const std::vector<std::uint8_t> plain(pdf->bytes.begin(),
                                            pdf->bytes.begin() + static_cast<long>(unsigned_bytes));
      const signing::SignatureBinding binding{summaries->front().id,
                                              *head,
                                              {std::string(64, 'a')},
                                              std::chrono::system_clock::now(),
                                              "Patient-signed check-in record",
                                              "Bench Clinic"};
      for (int i = 0; i < count; ++i) {
        start = SteadyClock::now();
        auto signed_pdf = signing::sign_pdf(plain, *device, binding);
        signing_ms.push_back(ms_since(start));
        if (!signed_pdf) return 1;
      }
    }
  }

  std::printf("submission benchmark: %d submits (en/es alternating), 1-2 flags each, PDF ~%zu bytes\n", count,
              pdf_bytes);
  std::printf(
      "  SubmissionService::open  first run (creates store + key): %.1f ms, existing store: %.1f ms\n",
      open_first_ms, open_again_ms);
  std::printf("  submit latency (checks + flags + PDF + one-transaction insert):\n");
  std::printf("    all      median %.1f ms  p95 %.1f ms  min %.1f ms  max %.1f ms\n", percentile(all, 0.5),
              percentile(all, 0.95), percentile(all, 0.0), percentile(all, 1.0));
  std::printf("    English  median %.1f ms  p95 %.1f ms\n", percentile(english, 0.5),
              percentile(english, 0.95));
  if (!spanish.empty())
    std::printf("    Spanish  median %.1f ms  p95 %.1f ms\n", percentile(spanish, 0.5),
                percentile(spanish, 0.95));
  if (!signing_ms.empty())
    std::printf(
        "  signing (part of submit): median %.2f ms  p95 %.2f ms; adds %zu bytes (unsigned %zu, signed "
        "%zu)\n",
        percentile(signing_ms, 0.5), percentile(signing_ms, 0.95), pdf_bytes - unsigned_bytes, unsigned_bytes,
        pdf_bytes);
  return 0;
}
