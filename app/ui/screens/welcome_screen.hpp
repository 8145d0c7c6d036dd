#pragma once
// Welcome: the clinic's name, a large "Start check-in", the language buttons.
#include <string>
#include <vector>

#include "ui/ui_frame.hpp"

namespace intake::ui {

struct WelcomeView {
  std::string clinic_name;
  std::vector<std::string> languages;  // offered, in order
  std::string current_language;
  bool available = true;  // false: the form could not be loaded; check-in is not offered
};

struct WelcomeActions {
  bool start = false;
  std::string choose_language;  // non-empty when a language button was tapped
};

WelcomeActions draw_welcome_screen(UiFrame& frame, const WelcomeView& view);

}  // namespace intake::ui
