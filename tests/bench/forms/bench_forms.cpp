// Forms benchmark: figures for start-up (load + validate every form under forms/) and for the
// per-tap cost of evaluating a complete micro-needling answer set (the kiosk re-evaluates
// visibility and flags on every answer). Prints figures; never passes or fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/answers.hpp"
#include "forms/evaluation.hpp"
#include "forms/form_catalog.hpp"
#include "intake/build_paths.hpp"

using namespace intake;
using namespace intake::forms;
using SteadyClock = std::chrono::steady_clock;

namespace {

struct Figures {
  double median_us, p95_us, min_us;
};

template <class F>
Figures measure(int runs, F&& work) {
  std::vector<double> samples;
  samples.reserve(runs);
  for (int i = 0; i < runs; ++i) {
    const auto start = SteadyClock::now();
    work();
    samples.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - start).count());
  }
  std::sort(samples.begin(), samples.end());
  return {samples[samples.size() / 2], samples[samples.size() * 95 / 100], samples.front()};
}

void print(const char* what, int runs, const Figures& f) {
  std::printf("%-52s runs %6d  median %9.1f us  p95 %9.1f us  min %9.1f us\n", what, runs, f.median_us,
              f.p95_us, f.min_us);
}

}  // namespace

int main() {
  const std::filesystem::path dir = INTAKE_SOURCE_FORMS_DIR;
  const FormCatalog catalog = load_form_catalog(dir);
  if (!catalog.ok() || !catalog.find("microneedling")) {
    std::fprintf(stderr, "bench_forms: the forms in %s do not load\n", dir.c_str());
    return 1;
  }
  const Form& form = *catalog.find("microneedling");
  std::printf("forms dir %s: %zu form(s); microneedling has %zu questions, %zu rules\n", dir.c_str(),
              catalog.forms.size(), form.questions.size(), form.rules.size());

  std::size_t sink = 0;
  print("load + validate all forms (catalog)", 200,
        measure(200, [&] { sink += load_form_catalog(dir).forms.size(); }));

  // A full, realistic answer set: every question answered, several flags firing.
  const nlohmann::json answers_json = {{"treatment_areas", {"face", "neck"}},
                                       {"concerns", {"acne_scars", "texture"}},
                                       {"previous_microneedling", true},
                                       {"previous_reaction", "redness for three days"},
                                       {"pregnant", false},
                                       {"breastfeeding", false},
                                       {"cold_sore_active", false},
                                       {"cold_sore_history", true},
                                       {"acne_active", false},
                                       {"skin_condition", {"eczema", "rosacea"}},
                                       {"skin_condition_flare", false},
                                       {"skin_broken", false},
                                       {"sunburn_recent", false},
                                       {"lesions_in_area", false},
                                       {"isotretinoin", true},
                                       {"isotretinoin_last_dose", "2026-03-01"},
                                       {"retinoids_recent", false},
                                       {"anticoagulants", true},
                                       {"medications", "levothyroxine 50 mcg, vitamin D"},
                                       {"bleeding_disorder", false},
                                       {"keloid_history", false},
                                       {"diabetes", false},
                                       {"immune_condition", false},
                                       {"cancer_treatment", false},
                                       {"heart_condition", false},
                                       {"injectables_recent", false},
                                       {"procedures_recent", false},
                                       {"anesthetic_allergy", false},
                                       {"metal_allergy", false},
                                       {"other_allergies", "penicillin"},
                                       {"other_notes", "nervous about needles"},
                                       {"sun_reaction", "rarely_burns"},
                                       {"dark_marks_history", true},
                                       {"infection_now", false},
                                       {"blood_borne_infection", false},
                                       {"photosensitising_meds", false},
                                       {"bleeding_supplements", true},
                                       {"latex_allergy", false},
                                       {"skin_cancer_area", false},
                                       {"last_microneedling_date", "2026-02-10"},
                                       {"date_of_birth", "1988-02-29"}};
  auto parsed = answers_from_json(form, answers_json);
  if (!parsed) {
    std::fprintf(stderr, "bench_forms: %s\n", parsed.error().message.c_str());
    return 1;
  }
  const CalendarDate visit{2026, 8, 31};
  const EvaluationInput input{parsed->answers, parsed->date_of_birth, visit, "en"};
  const Evaluation sample = evaluate(form, input);
  std::printf("one full answer set: %zu visible, %zu missing, %zu flags\n", sample.visible.size(),
              sample.missing.size(), sample.flags.size());

  print("evaluate one full answer set", 20000,
        measure(20000, [&] { sink += evaluate(form, input).flags.size(); }));
  print("answers_from_json + evaluate + to JSON (CLI path)", 5000, measure(5000, [&] {
          auto again = answers_from_json(form, answers_json);
          sink +=
              evaluation_to_json(evaluate(form, {again->answers, again->date_of_birth, visit, "en"})).size();
        }));
  std::printf("(checksum %zu)\n", sink);
  return 0;
}
