#include "ui/screens/questions_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "common/secure_memory.hpp"
#include "forms/answers.hpp"
#include "submission/answer_display.hpp"
#include "ui/journey_context.hpp"
#include "ui/theme.hpp"
#include "ui/ui_strings.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

using forms::QuestionType;

void yes_no_buttons(UiFrame& frame, forms::Answers& answers, const forms::Question& question) {
  const bool* current = nullptr;
  if (auto it = answers.find(question.id); it != answers.end()) current = std::get_if<bool>(&it->second);
  const float gap = frame.metrics.px(24.f);
  const float width = std::min((ImGui::GetContentRegionAvail().x - gap) * 0.5f, frame.metrics.tx(320.f));
  for (bool value : {true, false}) {
    if (!value) ImGui::SameLine(0, gap);  // "Yes" and "No" are short: side by side at every size
    ButtonOptions options;
    options.kind = ButtonKind::Choice;
    options.selected = current && *current == value;
    if (touch_button(frame, value ? "yes" : "no", frame.t(value ? "answer.yes" : "answer.no"),
                     ImVec2(width, frame.metrics.box_for_text(kButtonHeightPx)), options))
      answers[question.id] = value;
  }
}

void choice_tiles(UiFrame& frame, forms::Answers& answers, const forms::Question& question) {
  const bool multi = question.type == QuestionType::multi_choice;
  forms::ChoiceIds selected;
  if (auto it = answers.find(question.id); it != answers.end()) {
    if (auto* ids = std::get_if<forms::ChoiceIds>(&it->second)) selected = *ids;
    if (auto* id = std::get_if<std::string>(&it->second)) selected = {*id};
  }
  const float gap = frame.metrics.px(20.f);
  const float available = ImGui::GetContentRegionAvail().x;
  // At 150% and 200% one answer a row, so each keeps the whole width for its words.
  const int columns =
      frame.metrics.one_column()
          ? 1
          : std::max(1, static_cast<int>((available + gap) / (frame.metrics.tx(400.f) + gap)));
  const float width = (available - gap * (columns - 1)) / columns;
  int index = 0;
  for (const forms::Choice& choice : question.choices) {
    if (index % columns != 0) ImGui::SameLine(0, gap);
    ++index;
    const bool is_on = std::find(selected.begin(), selected.end(), choice.id) != selected.end();
    ButtonOptions options;
    options.kind = ButtonKind::Choice;
    options.selected = is_on;
    options.font = frame.fonts.body;
    if (!touch_button(frame, "choice_" + choice.id, forms::localized(choice.text, frame.language),
                      ImVec2(width, frame.metrics.box_for_text(kButtonHeightPx)), options))
      continue;
    if (!multi) {
      answers[question.id] = choice.id;
      continue;
    }
    const forms::ChoiceIds ordered = forms::toggle_choice(question, selected, choice.id);
    if (ordered.empty())
      answers.erase(question.id);
    else
      answers[question.id] = ordered;
  }
}

void text_answer(UiFrame& frame, PatientJourney& journey, const forms::Question& question) {
  forms::Answers& answers = journey.session.answers;
  auto it = answers.find(question.id);
  if (it == answers.end() || !std::holds_alternative<std::string>(it->second))
    it = answers.insert_or_assign(question.id, std::string()).first;
  const std::size_t limit = question.max_length > 0                    ? question.max_length
                            : question.type == QuestionType::long_text ? forms::kDefaultLongTextLength
                                                                       : forms::kDefaultShortTextLength;
  field_row(frame, journey.field_host(),
            {"text_" + question.id, frame.t("question.your_answer"), KeyboardLayout::Letters, limit, "",
             !question.required, 0.f},
            std::get<std::string>(it->second));
}

void number_answer(UiFrame& frame, PatientJourney& journey, const forms::Question& question) {
  std::string& typed = journey.screens.questions.number_answers[question.id];
  field_row(frame, journey.field_host(),
            {"number_" + question.id, frame.t("question.your_answer"), KeyboardLayout::Numeric, 6, "",
             !question.required, frame.metrics.tx(360.f)},
            typed);
  double value = 0;
  auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), value);
  if (!typed.empty() && error == std::errc() && end == typed.data() + typed.size())
    journey.session.answers[question.id] = value;
  else
    journey.session.answers.erase(question.id);
}

void date_answer(UiFrame& frame, PatientJourney& journey, const forms::Question& question) {
  DateDraft& draft = journey.screens.questions.date_answers[question.id];
  const auto date = draft_date(draft);
  std::string note;
  if (!draft.empty() && !date && draft.year.size() == 4) note = frame.t("question.date_invalid");
  date_row(frame, journey.field_host(), "date_" + question.id, "", draft, note);
  if (date)
    journey.session.answers[question.id] = *date;
  else
    journey.session.answers.erase(question.id);
}

// What a left-out answer needs, in words: the form's own message ("Choose at least one area"),
// else what the question's type asks for.
std::string missing_answer_note(const UiFrame& frame, const forms::Question& question) {
  if (!question.missing.empty()) return forms::localized(question.missing, frame.language);
  switch (question.type) {
    case QuestionType::yes_no: return frame.t("question.missing.yes_no");
    case QuestionType::single_choice: return frame.t("question.missing.single_choice");
    case QuestionType::multi_choice: return frame.t("question.missing.multi_choice");
    case QuestionType::short_text:
    case QuestionType::long_text: return frame.t("question.missing.text");
    case QuestionType::date: return frame.t("question.missing.date");
    case QuestionType::number: return frame.t("question.missing.number");
  }
  return frame.t("question.required_note");
}

std::string missing_count_note(const UiFrame& frame, std::size_t count) {
  if (count == 1) return frame.t("question.missing.count_one");
  return format_text(frame.t("question.missing.count"), {{"n", std::to_string(count)}});
}

// Under a page that does not fit, in its own strip (never over an answer it could hide):
// "More questions below", until the end has been scrolled into sight.
float more_below_height(const UiFrame& frame) {
  return frame.fonts.body_bold->FontSize + 2 * frame.metrics.px(12.f);
}

void draw_more_below_cue(UiFrame& frame, float width) {
  ScopedId scoped(frame, "more_below");
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + frame.metrics.px(12.f));
  centered_text(frame, frame.t("question.more_below"), frame.fonts.body_bold, theme::kPrimary, width);
  // A downward arrow after the words, drawn: the kiosk's fonts have no arrow glyph.
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float size = (max.y - min.y) * 0.45f;
  const float x = max.x + frame.metrics.px(14.f), y = (min.y + max.y) * 0.5f - size * 0.4f;
  ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(x, y), ImVec2(x + size * 1.2f, y),
                                                ImVec2(x + size * 0.6f, y + size * 0.8f), theme::kPrimary);
}

// Blank text answers do not count as answers (and would show as missing when required).
void drop_blank_text(forms::Answers& answers) {
  std::erase_if(answers, [](const auto& entry) { return !forms::is_answered(entry.second); });
}

}  // namespace

void QuestionsState::wipe() {
  for (auto& [id, draft] : date_answers) draft.wipe();
  date_answers.clear();
  for (auto& [id, text] : number_answers) secure_wipe(text);
  number_answers.clear();
  page = 0;
}

void draw_questions_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  QuestionsState& state = journey.screens.questions;
  const forms::Form& form = context.form;
  if (state.page >= form.pages.size()) state.page = 0;
  const forms::Page& page = form.pages[state.page];
  const forms::Evaluation before = evaluate_journey(context);
  auto visible = [&](const std::string& id) {
    return std::find(before.visible.begin(), before.visible.end(), id) != before.visible.end();
  };

  const StepNumber step = step_number(context);
  draw_step_header(frame, forms::localized(page.title, frame.language),
                   fmt_step(frame, step.number, step.total));
  auto on_this_page = [&](const std::string& id) {
    return std::find(page.question_ids.begin(), page.question_ids.end(), id) != page.question_ids.end();
  };
  if (journey.show_missing) {
    const auto left_out = std::count_if(before.missing.begin(), before.missing.end(), on_this_page);
    if (left_out > 0) {
      ScopedId scoped(frame, "missing_count");
      attention_note(frame, missing_count_note(frame, static_cast<std::size_t>(left_out)));
    }
  }
  // A page longer than the screen gets a scroll bar beside it (measured last frame).
  ScrollState& scroll = journey.scroll;
  const bool overflows = scroll.measured && scroll.content_height > scroll.view_height + 1.f;
  const bool more_below = overflows && scroll.offset < scroll.max_offset() - frame.metrics.px(8.f);
  const ImVec2 view_size(0.f, content_height_above_nav(frame, journey.focus.covered_height(frame.metrics)) -
                                  (overflows ? more_below_height(frame) : 0.f));
  float view_width = 0.f;
  {
    ScrolledPage view(frame, "content", journey.scroll, view_size,
                      more_below ? more_below_height(frame) : 0.f);
    view_width = view.view_width();
    for (const std::string& id : page.question_ids) {
      if (!visible(id)) continue;
      const forms::Question* question = form.find_question(id);
      if (question == nullptr) continue;
      ScopedId scoped(frame, "q_" + id);
      const float top = ImGui::GetCursorPosY();
      std::string title = submission::question_text(*question, frame.language);
      if (!question->required) title += " " + frame.t("question.optional");
      text_block(frame, title, frame.fonts.body_bold, theme::kText);
      if (!question->help.empty()) muted_text(frame, forms::localized(question->help, frame.language));
      switch (question->type) {
        case QuestionType::yes_no: yes_no_buttons(frame, journey.session.answers, *question); break;
        case QuestionType::single_choice:
        case QuestionType::multi_choice: choice_tiles(frame, journey.session.answers, *question); break;
        case QuestionType::short_text:
        case QuestionType::long_text: text_answer(frame, journey, *question); break;
        case QuestionType::number: number_answer(frame, journey, *question); break;
        case QuestionType::date: date_answer(frame, journey, *question); break;
      }
      if (journey.show_missing) {
        if (std::find(before.missing.begin(), before.missing.end(), id) != before.missing.end())
          problem_note(frame, journey.field_host(), missing_answer_note(frame, *question), top);
        for (const auto& problem : before.invalid)
          if (problem.question_id == id)
            problem_note(frame, journey.field_host(), frame.t("question.invalid_note"), top);
      }
      ImGui::Dummy(ImVec2(0, frame.metrics.px(20.f)));
    }
  }
  if (more_below) draw_more_below_cue(frame, view_width);

  // Missing or invalid answers on this page, after the taps of this frame.
  const forms::Evaluation after = evaluate_journey(context);
  bool page_complete =
      std::none_of(after.missing.begin(), after.missing.end(), on_this_page) &&
      std::none_of(after.invalid.begin(), after.invalid.end(),
                   [&](const forms::AnswerProblem& p) { return on_this_page(p.question_id); });

  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("nav.next"), page_complete);
  if (nav.back) {
    drop_blank_text(journey.session.answers);
    if (state.page > 0) {
      const std::size_t page_before = state.page - 1;
      go_to_step(context, JourneyStep::Questions, frame.now);
      state.page = page_before;
    } else {
      go_to_step(context, patient_is_minor(context) ? JourneyStep::Guardian : JourneyStep::AboutYou,
                 frame.now);
    }
  } else if (nav.next) {
    if (!page_complete) {
      journey.show_missing = true;
      journey.reveal_problem = true;
      journey.focus.clear();
    } else {
      drop_blank_text(journey.session.answers);
      if (state.page + 1 < form.pages.size()) {
        const std::size_t page_after = state.page + 1;
        go_to_step(context, JourneyStep::Questions, frame.now);
        state.page = page_after;
      } else {
        go_to_step(context, after.has_stop_flag() ? JourneyStep::BeforeConsent : JourneyStep::Consent,
                   frame.now);
      }
    }
  }
}

}  // namespace intake::ui
