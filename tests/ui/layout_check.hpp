#pragma once
// What the layout test looks for in a frame's probe: a text whose box leaves its container or
// the screen, a button whose label runs out of the button, a word split in the middle for want
// of room, and a page that overflows without a scroll bar. One line per problem.
#include <string>
#include <vector>

#include "headless_kiosk.hpp"
#include "ui/ui_probe.hpp"

namespace intake::testing {

std::vector<std::string> layout_problems(const ui::UiProbe& probe, float width, float height);

// layout_problems() for the screen as it is and, when its page scrolls, at each position down to
// the end (then back to the top, so the walk goes on from where it was).
std::vector<std::string> layout_problems_scrolled_through(HeadlessKiosk& kiosk);

}  // namespace intake::testing
