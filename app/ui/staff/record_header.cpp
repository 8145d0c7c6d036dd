#include "ui/staff/record_header.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "ui/staff/staff_state.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace intake::ui {
namespace {

// The form's page where allergies are asked (a contract of the form files: the page id).
constexpr std::string_view kAllergiesPage = "allergies";

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

}  // namespace

AllergyLine record_allergies(const UiFrame& frame, const StaffState& state, const StaffContext& context) {
  AllergyLine line;
  const store::Record& record = *state.record.open;
  const forms::Form* form = context.catalog ? context.catalog->find(record.form_id) : nullptr;
  if (form == nullptr) return line;
  line.asked = std::any_of(form->questions.begin(), form->questions.end(),
                           [](const forms::Question& q) { return q.page_id == kAllergiesPage; });
  const bool sees_answers = state.member->role != store::StaffRole::front_desk;
  for (const store::RecordFlag& flag : record.flags) {
    const auto on_page =
        std::find_if(flag.questions.begin(), flag.questions.end(), [&](const std::string& id) {
          const forms::Question* question = form->find_question(id);
          return question != nullptr && question->page_id == kAllergiesPage;
        });
    if (on_page == flag.questions.end()) continue;
    std::string text = flag_label(frame, context, record.form_id, flag.code);
    const forms::Question* question = form->find_question(*on_page);
    if (sees_answers && question->type != forms::QuestionType::yes_no)  // what the patient wrote
      for (const auto& answer : state.record.answers)
        if (answer.question_id == question->id && !answer.answer.empty()) text += ": " + answer.answer;
    line.allergies.push_back(std::move(text));
  }
  return line;
}

float draw_record_header(UiFrame& frame, const StaffState& state, const StaffContext& context, float width) {
  const UiMetrics& m = frame.metrics;
  const store::Record& record = *state.record.open;
  std::vector<std::pair<std::string, bool>> parts;  // (text, needs attention)
  const AllergyLine allergies = record_allergies(frame, state, context);
  if (allergies.asked)
    parts.emplace_back(
        allergies.allergies.empty()
            ? frame.t("staff.header.no_allergies")
            : fmt::format(fmt::runtime(frame.t("staff.header.allergies")), joined(allergies.allergies)),
        !allergies.allergies.empty());
  parts.emplace_back(frame.t(record.photo_consent ? "staff.header.photos_yes" : "staff.header.photos_no"),
                     !record.photo_consent);
  if (record.guardian)
    parts.emplace_back(fmt::format(fmt::runtime(frame.t("staff.header.guardian")), record.guardian->name,
                                   record.guardian->relationship),
                       true);

  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 pad(m.px(20.f), m.px(10.f));
  const float line_height = frame.fonts.body_bold->FontSize + m.px(8.f);
  // Laid out left to right, wrapping to a second line when the parts do not fit one.
  float x = at.x + pad.x, y = at.y + pad.y;
  const float gap = m.px(48.f);
  std::vector<std::pair<ImVec2, std::size_t>> placed;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const float part_width = text_size(frame.fonts.body_bold, parts[i].first).x;
    if (x > at.x + pad.x && x + part_width > at.x + width - pad.x) {
      x = at.x + pad.x;
      y += line_height;
    }
    placed.emplace_back(ImVec2(x, y), i);
    x += part_width + gap;
  }
  const float height = y - at.y + line_height + pad.y;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::kSurface, m.px(10.f));
  draw->AddRect(at, ImVec2(at.x + width, at.y + height), theme::kBorder, m.px(10.f), 0, m.px(1.5f));
  for (const auto& [position, index] : placed)
    text_at(frame, position, parts[index].first, frame.fonts.body_bold,
            parts[index].second ? theme::kAttention : theme::kText);
  ImGui::Dummy(ImVec2(width, height));
  return height;
}

}  // namespace intake::ui
