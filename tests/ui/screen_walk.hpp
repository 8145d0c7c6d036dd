#pragma once
// Every patient screen a check-in passes through, reached by taps as a patient reaches them,
// with a call at each: the screen gallery takes a picture there, the layout test checks the
// boxes. Both walk the same screens in the same way.
#include <functional>
#include <string>

#include "headless_kiosk.hpp"
#include "ui/ui_metrics.hpp"

namespace intake::testing {

struct WalkOptions {
  std::string language = "en";
  ui::TextSize text_size = ui::TextSize::normal;
  // Type on the on-screen keyboard key by key (as a patient does) rather than through the
  // physical-keyboard path.
  bool type_by_taps = false;
};

// name: e.g. "02_about_you"; the kiosk has settled on that screen.
using AtScreen = std::function<void(HeadlessKiosk& kiosk, const std::string& name)>;

// Welcome (with "Need help?"), about you (missing answers, each keyboard, Need help and Start
// over asked), every questionnaire page (the first with its missing answers), before consent,
// the consent (top, initials, end), review, signature (empty, signed) and thank you.
void walk_patient_screens(HeadlessKiosk& kiosk, const WalkOptions& options, const AtScreen& at);
// A patient under 18: the guardian screen (and its missing answers), then "Are you still there?".
void walk_minor_and_inactivity(HeadlessKiosk& kiosk, const WalkOptions& options, const AtScreen& at);

// Types text by tapping the on-screen keyboard's keys (shift and the accents page as needed).
void type_by_taps(HeadlessKiosk& kiosk, const std::string& utf8);

}  // namespace intake::testing
