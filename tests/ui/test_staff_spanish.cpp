// Staff mode wholly in Spanish: a walk over every staff screen through the headless driver and
// a real store (first run, sign-in, queue, record details to the end, the signed document,
// review with its reasons and refusal, print failure, export, days, search, staff accounts with
// the disable question, add staff, a new PIN, settings, the FHIR server) that fails on any text
// from the English language files still on screen.
#include <catch2/catch_test_macros.hpp>

#include <cctype>
#include <set>

#include "staff_steps.hpp"
#include "ui/ui_strings.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

// What of the English files must not show on a Spanish screen: each English text whose Spanish
// differs; a text with {} placeholders by its literal parts of five letters or more.
struct EnglishTexts {
  std::vector<std::pair<std::string, std::string>> fragments;  // (key, text found anywhere)
  std::vector<std::pair<std::string, std::string>> words;      // (key, short text: a whole word)
};

EnglishTexts english_texts() {
  const ui::UiStrings strings = ui::UiStrings::load_embedded();
  const auto& english = *strings.table("en");
  const auto& spanish = *strings.table("es");
  EnglishTexts found;
  for (const auto& [key, text] : english) {
    const auto es = spanish.find(key);
    if (es != spanish.end() && es->second == text) continue;  // "OK", "PIN": the same in both
    // A language's own name ("English" beside "Español" in Settings) is written in itself on purpose.
    if (key == "language.name") continue;
    if (text.find('{') == std::string::npos) {
      (text.size() >= 5 ? found.fragments : found.words).emplace_back(key, text);
      continue;
    }
    std::string piece;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '{') {
        const auto first = piece.find_first_not_of(" .,:;()");
        const auto last = piece.find_last_not_of(" .,:;()");
        if (first != std::string::npos && last - first + 1 >= 5)
          found.fragments.emplace_back(key, piece.substr(first, last - first + 1));
        piece.clear();
        while (i < text.size() && text[i] != '}') ++i;
      } else {
        piece += text[i];
      }
    }
  }
  return found;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ' || c == '\n' || c == ',' || c == ':' || c == '(' || c == ')') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

bool is_letter(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// `fragment` in `line` as whole words ("Cancel" is not in "Cancelar").
bool has_words(const std::string& line, const std::string& fragment) {
  for (auto at = line.find(fragment); at != std::string::npos; at = line.find(fragment, at + 1)) {
    const bool starts = at == 0 || !is_letter(line[at - 1]) || !is_letter(fragment.front());
    const std::size_t end = at + fragment.size();
    const bool ends = end == line.size() || !is_letter(line[end]) || !is_letter(fragment.back());
    if (starts && ends) return true;
  }
  return false;
}

// Every English text left on the screen shown now, as "key: text" (empty: none).
std::vector<std::string> english_on_screen(HeadlessKiosk& kiosk, const EnglishTexts& english) {
  std::vector<std::string> shown;
  for (const auto& text : kiosk.kiosk().probe().texts) shown.push_back(text.text);
  for (const auto& item : kiosk.kiosk().probe().items) shown.push_back(item.label);
  std::set<std::string> left;
  for (const auto& line : shown) {
    for (const auto& [key, fragment] : english.fragments)
      if (has_words(line, fragment)) left.insert(key + ": \"" + line + "\"");
    const auto words = words_of(line);
    for (const auto& [key, word] : english.words)
      if (std::find(words.begin(), words.end(), word) != words.end()) left.insert(key + ": \"" + line + "\"");
  }
  return {left.begin(), left.end()};
}

struct Walk {
  HeadlessKiosk& kiosk;
  const EnglishTexts& english;
  int screens = 0;
  void look(const std::string& where) {
    ++screens;
    INFO(where << "\n" << kiosk.screen_text());
    CHECK(english_on_screen(kiosk, english) == std::vector<std::string>{});
  }
};

}  // namespace

TEST_CASE("every staff screen in Spanish shows no text from the English files", "[ui][staff][es]") {
  const EnglishTexts english = english_texts();
  REQUIRE(english.fragments.size() > 100);

  {  // First run: the clinic, the admin's name, the PIN.
    StaffKiosk first_run(120.0, /*with_admin=*/false);
    Walk walk{first_run.kiosk, english};
    REQUIRE(first_run.kiosk.tap("language_es"));
    hold_clinic_name(first_run.kiosk, 3.2);
    walk.look("primera vez: la clínica");
    REQUIRE(first_run.kiosk.tap("first_admin/clinic_phone"));
    first_run.kiosk.type("teléfono");
    REQUIRE(first_run.kiosk.tap("keyboard/key_done"));
    REQUIRE(first_run.kiosk.tap("first_admin/next"));
    CHECK(first_run.kiosk.shows("Hace falta."));
    walk.look("primera vez: lo que falta");
    REQUIRE(first_run.kiosk.tap("first_admin/clinic_name"));
    first_run.kiosk.type("Clínica del Puerto");
    REQUIRE(first_run.kiosk.tap("first_admin/clinic_phone"));
    for (int i = 0; i < 8; ++i) first_run.kiosk.press(ui::Key::Backspace);
    first_run.kiosk.type("963 000 111");
    REQUIRE(first_run.kiosk.tap("keyboard/key_done"));
    REQUIRE(first_run.kiosk.tap("first_admin/next"));
    walk.look("primera vez: el administrador");
    REQUIRE(first_run.kiosk.tap("first_admin/name"));
    first_run.kiosk.type("Marta Ruiz");
    REQUIRE(first_run.kiosk.tap("keyboard/key_done"));
    REQUIRE(first_run.kiosk.tap("first_admin/next"));
    walk.look("primera vez: el PIN");
    enter_pin(first_run.kiosk, "9753");
    enter_pin(first_run.kiosk, "9753");
    CHECK(first_run.kiosk.shows("Los datos de la clínica quedaron guardados."));
    walk.look("primera vez: la lista");
  }

  StaffKiosk setup;
  setup.add_staff("Lucía Prat", store::StaffRole::practitioner, "2468");
  setup.add_staff("Tomás Vidal", store::StaffRole::front_desk, "1357");
  setup.check_in("Inés", "Mora", "", 3);  // an earlier visit: today's is her second
  setup.check_in_with("Inés", "Mora", {"pregnant", "latex_allergy"});
  setup.check_in("Rosa", "Gil", "cold_sore_history");
  setup.check_in("Elena", "Sanz");
  setup.plug_in_stick("KINGSTON");
  HeadlessKiosk& kiosk = setup.kiosk;
  Walk walk{kiosk, english};
  REQUIRE(kiosk.tap("language_es"));
  hold_clinic_name(kiosk, 3.2);
  walk.look("inicio de sesión");
  REQUIRE(kiosk.tap("staff/sign_in/names/Lucía Prat"));
  walk.look("PIN");
  enter_pin(kiosk, "2468");
  walk.look("lista del día");

  REQUIRE(kiosk.tap("Inés Mora"));
  walk.look("registro");
  for (int i = 0; i < 14; ++i) {
    kiosk.drag(500, 900, 500, 450);
    walk.look("registro, más abajo");
  }
  REQUIRE(kiosk.tap("record/document/show_document"));
  walk.look("documento firmado");
  REQUIRE(kiosk.tap("record/document/show_details"));
  REQUIRE(kiosk.tap("record/review/cleared"));
  walk.look("revisión: motivos");
  countersign(kiosk);
  REQUIRE(kiosk.tap("record/review/save_review"));
  walk.look("revisión: faltan motivos");
  CHECK(give_reasons(kiosk, "Prueba negativa hoy; guantes sin látex.") == 2);
  REQUIRE(kiosk.tap("record/review/save_review"));
  CHECK(kiosk.shows("Revisión guardada como versión 2 del PDF."));
  walk.look("revisión guardada");
  REQUIRE(kiosk.tap("record/document/show_document"));
  REQUIRE(kiosk.tap("record/document/version_2"));
  walk.look("documento: versión de la revisión");
  REQUIRE(kiosk.tap("record/document/show_details"));
  REQUIRE(kiosk.tap("record/print_copy"));  // no print service here: what to do next
  walk.look("impresión fallida");
  REQUIRE(kiosk.tap("record/export"));
  walk.look("exportar");
  REQUIRE(kiosk.tap("export/export"));
  walk.look("exportado");
  REQUIRE(kiosk.tap("export/export"));  // again: already there
  walk.look("exportado otra vez");
  REQUIRE(kiosk.tap("export/save_copy"));
  walk.look("copia del paciente");
  REQUIRE(kiosk.tap("export/export_fhir"));
  walk.look("FHIR");
  REQUIRE(kiosk.tap("export/back"));
  REQUIRE(kiosk.tap("record/back"));
  walk.look("lista tras la revisión");
  REQUIRE(kiosk.tap("queue/days/choose"));
  walk.look("días");
  REQUIRE(kiosk.tap("days/preset/last_7"));
  REQUIRE(kiosk.tap("days/show"));
  walk.look("últimos 7 días");
  REQUIRE(kiosk.tap("queue/days/export"));
  walk.look("exportar días");
  REQUIRE(kiosk.tap("export/back"));
  REQUIRE(kiosk.tap("queue/search"));
  kiosk.type("ros");
  walk.look("búsqueda");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("queue/sign_out"));

  sign_in(kiosk, "Tomás Vidal", "1357");
  REQUIRE(kiosk.tap("Rosa Gil"));
  walk.look("registro para recepción");
  REQUIRE(kiosk.tap("record/back"));
  REQUIRE(kiosk.tap("queue/sign_out"));

  sign_in(kiosk, "Marta Ruiz", "9753");
  walk.look("lista del administrador");
  REQUIRE(kiosk.tap("queue/staff_accounts"));
  walk.look("cuentas");
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/disable"));
  walk.look("¿desactivar?");
  REQUIRE(kiosk.tap("accounts/rows/Tomás Vidal/confirm_disable"));
  walk.look("desactivada");
  REQUIRE(kiosk.tap("accounts/rows/Marta Ruiz/disable"));
  walk.look("no a uno mismo");
  REQUIRE(kiosk.tap("accounts/add_staff"));
  walk.look("agregar personal");
  REQUIRE(kiosk.tap("add_staff/name"));
  kiosk.type("Iván Llorente");
  REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.tap("add_staff/role/practitioner"));
  REQUIRE(kiosk.tap("add_staff/next"));
  walk.look("agregar personal: PIN");
  REQUIRE(kiosk.tap("add_staff/cancel"));
  REQUIRE(kiosk.tap("accounts/rows/Lucía Prat/reset_pin"));
  walk.look("PIN nuevo");
  REQUIRE(kiosk.tap("reset_pin/cancel"));
  REQUIRE(kiosk.tap("accounts/back"));
  REQUIRE(kiosk.tap("queue/settings"));
  walk.look("ajustes");
  REQUIRE(kiosk.tap("settings/fhir_server"));
  walk.look("servidor FHIR");
  REQUIRE(kiosk.tap("fhir_settings/back"));
  REQUIRE(kiosk.tap("settings/back"));
  walk.look("de vuelta en la lista");
  CHECK(walk.screens >= 40);
}
