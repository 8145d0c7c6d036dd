#include "submission_test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "intake/build_paths.hpp"
#include "store/record_read.hpp"
#include "test_clock.hpp"

namespace intake::submission::test {

using nlohmann::json;

json signature_json(double width, double height) {
  json wave = json::array();
  for (int i = 0; i < 80; ++i) {
    const double x = width * 0.1 + i * width * 0.009;
    const double y = height * 0.5 + height * 0.2 * std::sin(i / 6.0);
    wave.push_back({x, y, i * 16});
  }
  json cross = json::array();
  for (int i = 0; i < 12; ++i)
    cross.push_back({width * 0.3 + i * 4.0, height * 0.25 + i * 12.0, 1400 + i * 16});
  return {{"width", width}, {"height", height}, {"strokes", {wave, cross}}};
}

json complete_session(const std::string& language, const std::string& given_name,
                      const std::string& family_name) {
  json answers = {{"treatment_areas", {"face", "neck"}},
                  {"concerns", {"fine_lines", "pores"}},
                  {"previous_microneedling", false},
                  {"skin_condition", {"none"}},
                  {"isotretinoin", false},
                  {"sun_reaction", "sometimes_burns"}};
  for (const char* id : {"pregnant",
                         "breastfeeding",
                         "cold_sore_active",
                         "cold_sore_history",
                         "acne_active",
                         "skin_broken",
                         "sunburn_recent",
                         "lesions_in_area",
                         "retinoids_recent",
                         "anticoagulants",
                         "bleeding_disorder",
                         "keloid_history",
                         "diabetes",
                         "immune_condition",
                         "cancer_treatment",
                         "heart_condition",
                         "injectables_recent",
                         "procedures_recent",
                         "anesthetic_allergy",
                         "metal_allergy",
                         "dark_marks_history",
                         "infection_now",
                         "blood_borne_infection",
                         "photosensitising_meds",
                         "bleeding_supplements",
                         "latex_allergy",
                         "skin_cancer_area"})
    answers[id] = false;
  return {{"form", "microneedling"},
          {"language", language},
          {"patient",
           {{"given_name", given_name},
            {"family_name", family_name},
            {"date_of_birth", "1990-05-10"},
            {"phone", "+34 600 123 456"},
            {"email", "patient@example.org"}}},
          {"answers", answers},
          {"consent", {{"accepted", true}, {"initials", "AD"}, {"photo_consent", false}}},
          {"signature", signature_json()},
          {"signed_at", "2026-11-21T10:47:02+01:00"}};
}

json minor_session(const std::string& given_name, const std::string& family_name) {
  json session = complete_session("en", given_name, family_name);
  session["patient"]["date_of_birth"] = "2010-06-01";  // 16 on kVisitDate
  session["guardian"] = {{"name", "Marta Quintero"}, {"relationship", "mother"}};
  session["guardian_signature"] = signature_json(800, 260);
  return session;
}

const forms::FormCatalog& shipped_forms() {
  static const forms::FormCatalog catalog = forms::load_form_catalog(INTAKE_SOURCE_FORMS_DIR);
  return catalog;
}

pdf::PdfFonts source_fonts() { return pdf::noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR); }

store::Store open_store_or_fail(const std::filesystem::path& data_dir, const Clock& clock) {
  auto store = store::open_store(data_dir, {}, clock);
  if (!store) FAIL("store did not open: " << store.error().message);
  return std::move(*store);
}

std::int64_t record_count(store::Store& store) {
  auto count = store::count_records(store, {});
  REQUIRE(count);
  return *count;
}

std::string quoted(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string kiosk_command(const std::filesystem::path& data, const std::string& environment) {
  return "env -u CREDENTIALS_DIRECTORY " + (environment.empty() ? "" : environment + " ") +
         "INTAKE_KIOSK_FONTS=" + quoted(INTAKE_SOURCE_FONTS_DIR) + " " + quoted(INTAKE_KIOSK_BINARY) +
         " --data-dir " + quoted(data) + " --forms-dir " + quoted(INTAKE_SOURCE_FORMS_DIR) + " ";
}

Shell run_shell(const std::string& command) {
  TempDir dir;
  const auto err_path = dir / "stderr";
  Shell shell;
  FILE* pipe = ::popen((command + " 2>" + quoted(err_path)).c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) shell.out.append(buffer, n);
  const int status = ::pclose(pipe);
  shell.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  shell.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
  return shell;
}

std::string pdf_text_flat(const std::vector<std::uint8_t>& pdf, const std::filesystem::path& dir) {
  const auto path = dir / "record.pdf";
  {
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(pdf.data()), static_cast<std::streamsize>(pdf.size()));
  }
  const Shell shell = run_shell("pdftotext " + quoted(path) + " -");
  REQUIRE(shell.exit_code == 0);
  std::string flat;
  bool space = false;
  for (char c : shell.out) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !flat.empty()) flat += ' ';
    space = false;
    flat += c;
  }
  std::filesystem::remove(path);
  return flat;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text;
}

}  // namespace intake::submission::test
