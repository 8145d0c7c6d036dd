#include "forms/consent_words.hpp"

#include <cctype>

namespace intake::forms {
namespace {

void replace_all(std::string& text, std::string_view needle, std::string_view value) {
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + value.size()))
    text.replace(at, needle.size(), value);
}

// Choice texts are written as titles ("Face"); inside a sentence they read "face". Only a
// plain ASCII capital is lowered, so names and accented words are left as written.
std::string in_sentence(std::string text) {
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace

std::string consent_statement(const Form& form, const Answers& answers, std::string_view language,
                              std::string_view clinic_name) {
  std::string sentence = localized(form.consent_statement, language);
  if (sentence.empty()) return "";
  std::vector<std::string> areas;
  if (const Question* question = form.find_question(form.consent_areas_question)) {
    const auto it = answers.find(question->id);
    if (it != answers.end())
      if (const auto* picked = std::get_if<ChoiceIds>(&it->second))
        for (const std::string& id : *picked)
          if (const Choice* choice = question->find_choice(id))
            areas.push_back(in_sentence(localized(choice->text, language)));
  }
  const std::string_view last_joiner = language == "es" ? " y " : " and ";
  std::string joined;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    if (i > 0) joined += i + 1 == areas.size() ? std::string(last_joiner) : std::string(", ");
    joined += areas[i];
  }
  replace_all(sentence, "{areas}", joined);
  replace_all(sentence, "{clinic}", clinic_name);
  return sentence;
}

FlagWords flag_words(const Form* form, std::string_view code, std::string_view language) {
  if (form != nullptr)
    if (const Rule* rule = form->find_rule(code)) {
      FlagWords words{localized(rule->label, language), localized(rule->staff_messages, language)};
      if (words.label.empty()) words.label = std::string(code);
      if (words.message.empty()) words.message = rule->staff_message;
      return words;
    }
  return {std::string(code), ""};
}

}  // namespace intake::forms
