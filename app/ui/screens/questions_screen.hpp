#pragma once
// The questionnaire, one page at a time: yes/no, choices, text, numbers and dates.
#include <cstddef>
#include <functional>
#include <map>
#include <string>

#include "ui/widgets/date_draft.hpp"

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct JourneyContext;

// What the questions keep between frames: the page, and answers typed that are not answers yet.
struct QuestionsState {
  std::size_t page = 0;  // the page shown (Back from consent and Edit on review set it too)
  std::map<std::string, DateDraft, std::less<>> date_answers;      // date questions
  std::map<std::string, std::string, std::less<>> number_answers;  // number questions, as typed
  void wipe();
};

void draw_questions_screen(UiFrame& frame, JourneyContext& context);

}  // namespace intake::ui
