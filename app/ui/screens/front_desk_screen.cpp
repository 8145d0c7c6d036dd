#include "ui/screens/front_desk_screen.hpp"

#include <imgui.h>

#include "ui/widgets/message_block.hpp"

namespace intake::ui {

FrontDeskActions draw_front_desk_screen(UiFrame& frame, JourneyContext&) {
  message_block(frame, frame.t("front_desk.title"),
                {frame.t("front_desk.line1"), frame.t("front_desk.line2")});
  FrontDeskActions actions;
  actions.retry = centered_button(frame, "retry", frame.t("front_desk.retry"), ButtonKind::Secondary);
  ImGui::Dummy(ImVec2(0.f, frame.metrics.px(24.f)));
  actions.staff = centered_button(frame, "staff", frame.t("front_desk.staff"), ButtonKind::Secondary);
  return actions;
}

}  // namespace intake::ui
