#pragma once
// A questionnaire as the clinic wrote it in forms/<id>/form.yaml, after validation. Forms are
// immutable once loaded: the kiosk, the CLI and the submission path share one const Form.
//
// form.yaml, in short (forms/microneedling/form.yaml is the full example):
//   id: microneedling
//   version: "2026.1"
//   languages: [en, es]            # the first one is the default
//   title: {en: ..., es: ...}
//   treatment: {en: ..., es: ...}  # optional plain name, for "What are you here for today?"
//   windows:                       # named numbers a clinic may change; usable in rules as names
//     isotretinoin_stop_months: 6  # and in any text as {isotretinoin_stop_months}
//   consent:                       # optional extra consent texts the UI shows with the documents
//     photo_consent: {en: ..., es: ...}
//     certification: {en: ..., es: ...}
//   pages:
//     - id: health
//       title: {en: ..., es: ...}
//       questions:
//         - id: pregnant
//           type: yes_no           # yes_no single_choice multi_choice short_text long_text date number
//           required: true
//           text: {en: ..., es: ...}
//           help: {en: ..., es: ...}                      # optional
//           missing: {en: ..., es: ...}   # optional: what a required answer left out needs
//           shown_when: "has_any(skin_condition, [eczema])"  # optional, earlier questions only
//           choices: [{id: none, exclusive: true, text: {...}}]  # choice types
//           not_in_future: true     # date;   min: 0  max: 300  # number;   max_length: 200 # text
//   extends: microneedling         # optional: built on another form (forms/form_extends.hpp)
//   rules:
//     - flag: pregnancy
//       severity: stop              # stop | review | note
//       when: pregnant
//       label: {en: Pregnant, es: Embarazo}          # a few words staff read instead of the code
//       staff_message: {en: ..., es: ...}            # why it matters, for staff
//       patient_message: {en: ..., es: ...}   # optional
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/severity.hpp"
#include "forms/document.hpp"
#include "forms/expression.hpp"

namespace intake::forms {

// Language code -> text. Validation guarantees an entry for every language of the form.
using LocalizedText = std::map<std::string, std::string, std::less<>>;

// The text for `language`; else English, else the first entry (a validated form always has
// every one of its languages); "" for an empty map (e.g. a question without help).
const std::string& localized(const LocalizedText& text, std::string_view language);

enum class QuestionType { yes_no, single_choice, multi_choice, short_text, long_text, date, number };
// A rule's severity is the shared one (common/severity.hpp): stop: no treatment today until a
// practitioner clears it; review: a practitioner looks before treatment; note: shown to staff.
using intake::Severity;
using intake::to_string;

std::string_view to_string(QuestionType type);
std::optional<QuestionType> parse_question_type(std::string_view text);

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

struct Choice {
  std::string id;
  LocalizedText text;
  bool exclusive = false;  // multi_choice: picking it clears the others ("none of these")
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::yes_no;
  LocalizedText text;
  LocalizedText help;  // empty map when the question has no help
  // Said when a required answer is left out ("Choose at least one area"); empty: the screen
  // says what the question's type needs.
  LocalizedText missing;
  bool required = false;
  std::optional<Expression> shown_when;  // absent: always shown
  std::vector<Choice> choices;           // single_choice / multi_choice
  bool not_in_future = false;            // date: relative to the visit date
  bool not_in_past = false;              // date
  std::optional<double> min, max;        // number
  std::size_t max_length = 0;            // short_text / long_text; 0 = the type's default
  std::string page_id;
  SourceLocation location;

  const Choice* find_choice(std::string_view choice_id) const;
};

struct Page {
  std::string id;
  LocalizedText title;
  std::vector<std::string> question_ids;  // in display order
};

struct Rule {
  std::string flag;  // flag code, e.g. "isotretinoin_recent"
  Severity severity = Severity::review;
  LocalizedText label;            // a few words for staff ("Recent isotretinoin"), every language
  LocalizedText staff_messages;   // why it matters, for staff, every language
  std::string staff_message;      // staff_messages in English (else the first language): stored, exported
  LocalizedText patient_message;  // optional gentle words for the patient; empty map if none
  Expression when;
  SourceLocation location;
};

struct Form {
  std::string id;
  std::string version;  // for a form built on another: "own+base_id.base_version" (forms/form_extends.hpp)
  std::string base_form_id;            // the form this one extends; "" when it extends none
  std::string base_form_version;       // that form's version, as loaded
  std::vector<std::string> languages;  // first = default
  LocalizedText title;
  LocalizedText treatment;  // the treatment's plain name ("Micro-needling"); empty map: use the title
  std::map<std::string, double, std::less<>> windows;  // e.g. isotretinoin_stop_months -> 6
  LocalizedText photo_consent;  // optional separate yes/no shown after the consent document
  LocalizedText certification;  // what the patient certifies before signing
  // "I consent to micro-needling of my {areas} at {clinic}." above the signature; {areas} are
  // the choices picked in consent_areas_question, {clinic} the clinic's name.
  LocalizedText consent_statement;
  std::string consent_areas_question;  // a multi_choice question id; "" = none
  LocalizedText signature_intent;      // beside the pad: that signing here is an electronic signature
  LocalizedText stop_notice;           // before the consent when a STOP flag was raised
  std::vector<Page> pages;
  std::vector<Question> questions;                       // every question, in display order (pages flattened)
  std::vector<Rule> rules;                               // in file order (the order flags are reported in)
  std::map<std::string, Document, std::less<>> consent;  // language -> consent document
  std::map<std::string, Document, std::less<>> aftercare;  // language -> aftercare sheet
  std::filesystem::path folder;

  const Question* find_question(std::string_view question_id) const;
  const Rule* find_rule(std::string_view flag_code) const;
  bool has_language(std::string_view language) const;
  // Consent / aftercare in `language`, falling back to the default language.
  const Document& consent_document(std::string_view language) const;
  const Document& aftercare_document(std::string_view language) const;
};

// Ids the rule language or the identity step own; no question may use them.
bool is_reserved_name(std::string_view name);

// Default length limits when a text question gives no max_length.
inline constexpr std::size_t kDefaultShortTextLength = 200;
inline constexpr std::size_t kDefaultLongTextLength = 2000;

}  // namespace intake::forms
