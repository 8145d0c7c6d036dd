#pragma once
// Welcome: the clinic's name, a large "Start check-in", the language buttons. When the clinic
// offers more than one treatment here, "What are you here for today?" with one large button per
// treatment takes the place of "Start check-in".
#include <string>
#include <vector>

#include "ui/ui_frame.hpp"
#include "ui/widgets/scroll_view.hpp"

namespace intake::ui {

struct TreatmentChoice {
  std::string form_id;
  std::string name;  // the treatment's plain name, in the current language
};

struct WelcomeView {
  std::string clinic_name;
  std::vector<TreatmentChoice> treatments;  // two or more: the patient picks one to start
  std::vector<std::string> languages;       // offered, in order
  std::string current_language;
  bool available = true;  // false: the form could not be loaded; check-in is not offered
};

struct WelcomeActions {
  bool start = false;
  std::string start_form;       // with treatments to pick from: the form of the one tapped
  std::string choose_language;  // non-empty when a language button was tapped
};

// Kept between frames: how tall Welcome's block was, to centre it when it fits the screen.
struct WelcomeState {
  float block_height = 0.f;
};

// The block scrolls (with a scroll bar) when it is taller than the screen: large text, a short
// screen.
WelcomeActions draw_welcome_screen(UiFrame& frame, const WelcomeView& view, ScrollState& scroll,
                                   WelcomeState& state);

}  // namespace intake::ui
