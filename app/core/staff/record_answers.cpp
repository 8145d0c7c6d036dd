#include "staff/record_answers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "submission/answer_display.hpp"
#include "submission/json_wipe.hpp"

namespace intake::staff {

Result<std::vector<StaffAnswerLine>> record_answer_lines(const store::Record& record,
                                                         const forms::FormCatalog& catalog,
                                                         const std::string& language) {
  const forms::Form* form = catalog.find(record.form_id);
  if (form == nullptr)
    return Error{"Record " + record.id + " was made with form '" + record.form_id +
                 "', which is not loaded."};
  nlohmann::json stored = nlohmann::json::parse(record.answers_json, nullptr, false);
  auto parsed = forms::answers_from_json(*form, stored);
  submission::wipe_json(stored);
  if (!parsed) return Error{"Record " + record.id + "'s answers do not match form '" + record.form_id + "'."};

  std::vector<StaffAnswerLine> lines;
  for (const forms::Question& question : form->questions) {
    auto answer = parsed->answers.find(question.id);
    if (answer == parsed->answers.end()) continue;
    StaffAnswerLine line{question.id, submission::question_text(question, language),
                         submission::answer_text(question, answer->second, language), 0};
    for (const store::RecordFlag& flag : record.flags)
      if (std::find(flag.questions.begin(), flag.questions.end(), question.id) != flag.questions.end())
        line.flag_level = std::max(line.flag_level, static_cast<int>(flag.severity));
    lines.push_back(std::move(line));
  }
  for (auto& [id, value] : parsed->answers)
    if (auto* text = std::get_if<std::string>(&value)) secure_wipe(*text);
  return lines;
}

void wipe_answer_lines(std::vector<StaffAnswerLine>& lines) {
  for (auto& line : lines) {
    secure_wipe(line.question);
    secure_wipe(line.answer);
  }
  lines.clear();
}

}  // namespace intake::staff
