#include "ui/screens/thank_you_screen.hpp"

#include "ui/journey_context.hpp"
#include "ui/widgets/message_block.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace intake::ui {

bool draw_thank_you_screen(UiFrame& frame, JourneyContext& context) {
  const std::string title =
      format_text(frame.t("thanks.title"), {{"name", context.journey.session.patient.given_name}});
  message_block(frame, title, {frame.t("thanks.line1"), frame.t("thanks.line2")});
  return centered_button(frame, "finish", frame.t("thanks.finish"), ButtonKind::Primary);
}

}  // namespace intake::ui
