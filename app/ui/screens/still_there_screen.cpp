#include "ui/screens/still_there_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/dialog_panel.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

bool draw_still_there_screen(UiFrame& frame, int seconds_left) {
  const UiMetrics& m = frame.metrics;
  ScopedOverlayWindow window("still_there", ImVec2(m.width, m.height));
  ScopedProbePath path(frame, "still_there");
  const float width = std::min(m.width - m.px(80.f), m.tx(1000.f));
  const float button_height = m.box_for_text(130.f, kHeadingTextPx);
  DialogPanel panel(frame, width, m.tx(240.f) + button_height);
  const float inner = panel.inner_width();
  centered_text(frame, frame.t("still_there.title"), frame.fonts.title, theme::kPrimary, inner);
  centered_text(frame, format_text(frame.t("still_there.line"), {{"seconds", std::to_string(seconds_left)}}),
                frame.fonts.body, theme::kText, inner);
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  ButtonOptions options;
  options.kind = ButtonKind::Primary;
  options.font = frame.fonts.heading;
  return touch_button(frame, "im_here", frame.t("still_there.here"), ImVec2(inner, button_height), options);
}

}  // namespace intake::ui
