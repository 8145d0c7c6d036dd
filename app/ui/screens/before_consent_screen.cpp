#include "ui/screens/before_consent_screen.hpp"

#include <string>
#include <string_view>

#include "ui/journey_context.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/message_block.hpp"

namespace intake::ui {

void draw_before_consent_screen(UiFrame& frame, JourneyContext& context) {
  // Kind and general on purpose: no diagnosis and no list of reasons on a public screen.
  // The form's own notice, the words the PDF prints beside the signature; a form without one
  // gets the kiosk's general sentence.
  const std::string notice = forms::localized(context.form.stop_notice, frame.language);
  message_block(
      frame, frame.t("before_consent.title"),
      {notice.empty() ? std::string_view(frame.t("before_consent.line1")) : std::string_view(notice)});
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("before_consent.continue"));
  if (nav.back) {
    go_to_step(context, JourneyStep::Questions, frame.now);
    context.journey.screens.questions.page = context.form.pages.size() - 1;
  } else if (nav.next) {
    go_to_step(context, JourneyStep::Consent, frame.now);
  }
}

}  // namespace intake::ui
