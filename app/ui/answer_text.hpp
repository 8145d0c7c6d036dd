#pragma once
// An answer in the patient's words, for the review screen ("Yes", "Face, Neck", "10 May 1990").
#include <string>

#include "forms/answers.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

std::string answer_text(const UiFrame& frame, const forms::Question& question,
                        const forms::AnswerValue& value);

}  // namespace intake::ui
