#include "ui/screens/need_help_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/dialog_panel.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

NeedHelpActions draw_need_help_screen(UiFrame& frame, NeedHelpState& state, const NeedHelpView& view) {
  NeedHelpActions actions;
  if (!state.open) return actions;
  const UiMetrics& m = frame.metrics;
  ScopedOverlayWindow window("need_help", ImVec2(m.width, m.height));
  ScopedProbePath path(frame, "need_help");
  const float width = std::min(m.width - m.px(80.f), m.tx(1100.f));
  const float inner = width - m.px(96.f);
  const float button_height = m.box_for_text(110.f, kHeadingTextPx);
  const float gap = m.px(20.f);

  // Centred by its height as the text would wrap; the panel follows what is really drawn.
  auto height_of = [&](const std::string& text, ImFont* font) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, inner, text.c_str()).y +
           ImGui::GetStyle().ItemSpacing.y;
  };
  const std::string& title = frame.t(state.confirming ? "help.confirm_title" : "help.title");
  float height = height_of(title, frame.fonts.title) + m.px(24.f);
  if (state.confirming) {
    height += height_of(frame.t("help.confirm_line"), frame.fonts.body) + 2 * (button_height + gap);
  } else {
    height += height_of(frame.t("help.stay"), frame.fonts.body) + button_height + gap;
    if (view.paper_form_notice) height += height_of(frame.t("help.paper"), frame.fonts.body);
    if (view.holds_answers) height += button_height + gap;
  }
  DialogPanel panel(frame, width, height);
  centered_text(frame, title, frame.fonts.title, theme::kPrimary, inner);

  ButtonOptions primary;
  primary.kind = ButtonKind::Primary;
  primary.font = frame.fonts.heading;
  ButtonOptions secondary;
  secondary.kind = ButtonKind::Secondary;
  secondary.font = frame.fonts.heading;
  if (state.confirming) {
    centered_text(frame, frame.t("help.confirm_line"), frame.fonts.body, theme::kText, inner);
    ImGui::Dummy(ImVec2(0, m.px(24.f)));
    // Keeping the answers is the easy, big, first choice; deleting is the second.
    if (touch_button(frame, "keep", frame.t("help.confirm_no"), ImVec2(inner, button_height), primary))
      state.confirming = false;
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    if (touch_button(frame, "confirm_start_over", frame.t("help.confirm_yes"), ImVec2(inner, button_height),
                     secondary)) {
      actions.start_over = true;
      state.wipe();
    }
    return actions;
  }
  centered_text(frame, frame.t("help.stay"), frame.fonts.body, theme::kText, inner);
  if (view.paper_form_notice)
    centered_text(frame, frame.t("help.paper"), frame.fonts.body, theme::kText, inner);
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  if (touch_button(frame, "back_to_answers", frame.t("help.back"), ImVec2(inner, button_height), primary))
    state.open = false;
  if (view.holds_answers) {
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    if (touch_button(frame, "start_over", frame.t("help.start_over"), ImVec2(inner, button_height),
                     secondary))
      state.confirming = true;
  }
  return actions;
}

}  // namespace intake::ui
