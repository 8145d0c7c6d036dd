#pragma once
// A stored record's answers as staff read them in the record view: every stored (shown) answer
// in the form's display order, in words, with the flags it triggered beside it.
#include <string>
#include <vector>

#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "store/record_types.hpp"

namespace intake::staff {

struct StaffAnswerLine {
  std::string question_id;
  std::string question;  // in `language` (the form's default language when it has none)
  std::string answer;
  int flag_level = 0;  // 0: not flagged; else the highest intake::Severity it triggered
};

// kExitUnknownForm-like error (one sentence) when the record's form is not loaded, or when the
// stored answers are not what the form expects. The lines hold patient data: wipe when done.
Result<std::vector<StaffAnswerLine>> record_answer_lines(const store::Record& record,
                                                         const forms::FormCatalog& catalog,
                                                         const std::string& language);

void wipe_answer_lines(std::vector<StaffAnswerLine>& lines);

}  // namespace intake::staff
