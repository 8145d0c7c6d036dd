#include "layout_check.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "journey_steps.hpp"

namespace intake::testing {

namespace {

std::string describe(const ui::ProbeRect& rect) {
  auto n = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
  return "[" + n(rect.x0) + "," + n(rect.y0) + " .. " + n(rect.x1) + "," + n(rect.y1) + "]";
}

std::string quoted(const std::string& text) {
  std::string shown = text.substr(0, 60);
  std::replace(shown.begin(), shown.end(), '\n', ' ');
  return "\"" + shown + (text.size() > 60 ? "...\"" : "\"");
}

bool overlap(const ui::ProbeRect& a, const ui::ProbeRect& b, float slack = 1.f) {
  return a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;
}

// What stands on the screen itself (not in a scroll view) must not lie under a button: a line
// pushed down under the nav bar is as lost as one cut off. Frames with a layer on top (the
// keyboard, a dialog) cover the screen on purpose and are checked for containment only.
void overlap_problems(const ui::UiProbe& probe, std::vector<std::string>& problems) {
  for (const ui::ProbeItem& item : probe.items)
    if (item.id_path.starts_with("keyboard/") || item.id_path.starts_with("need_help/") ||
        item.id_path.starts_with("still_there/"))
      return;
  for (const ui::ProbeItem& item : probe.items) {
    if (item.layout.scrolls) continue;
    for (const ui::ProbeText& text : probe.texts)
      if (!text.layout.scrolls && overlap(text.rect, item.layout.box) && !text.rect.inside(item.layout.box))
        problems.push_back("text " + quoted(text.text) + " " + describe(text.rect) + " lies under button " +
                           item.id_path + " " + describe(item.layout.box));
    for (const ui::ProbeItem& other : probe.items)
      if (&other < &item && !other.layout.scrolls && overlap(other.layout.box, item.layout.box))
        problems.push_back("button " + item.id_path + " " + describe(item.layout.box) + " overlaps button " +
                           other.id_path + " " + describe(other.layout.box));
  }
}

}  // namespace

std::vector<std::string> layout_problems(const ui::UiProbe& probe, float width, float height) {
  std::vector<std::string> problems;
  const ui::ProbeRect screen{0.f, 0.f, width, height};
  for (const ui::ProbeText& text : probe.texts) {
    const ui::ProbeLayout& layout = text.layout;
    const ui::ProbeRect& words = layout.words.empty() ? text.rect : layout.words;
    const std::string what = "text " + quoted(text.text) + " " + describe(words);
    if (layout.broken_word) problems.push_back(what + " splits a word: it has no room for it");
    if (!layout.container.empty()) {
      if (!words.inside_across(layout.container))
        problems.push_back(what + " runs out of its container " + describe(layout.container) + " across");
      else if (!layout.scrolls && !words.inside(layout.container))
        problems.push_back(what + " runs out of its container " + describe(layout.container));
    }
    if (!words.inside_across(screen) || (!layout.scrolls && !words.inside(screen)))
      problems.push_back(what + " runs off the screen");
  }
  for (const ui::ProbeItem& item : probe.items) {
    const ui::ProbeLayout& layout = item.layout;
    const std::string what = "button " + item.id_path + " " + quoted(item.label) + " " + describe(layout.box);
    if (!layout.words.empty() && !layout.words.inside(layout.box))
      problems.push_back(what + ": its label " + describe(layout.words) + " is cut off");
    if (layout.broken_word) problems.push_back(what + ": its label splits a word");
    if (!layout.box.inside_across(screen) || (!layout.scrolls && !layout.box.inside(screen)))
      problems.push_back(what + " runs off the screen");
  }
  overlap_problems(probe, problems);
  for (const ui::ProbeScroll& scroll : probe.scrolls)
    if (scroll.overflows() && !scroll.bar)
      problems.push_back("scroll view " + scroll.id_path + " holds more than it shows (" +
                         std::to_string(static_cast<int>(scroll.content_height)) + " px in " +
                         std::to_string(static_cast<int>(scroll.view_height)) + ") but has no scroll bar");
  return problems;
}

std::vector<std::string> layout_problems_scrolled_through(HeadlessKiosk& kiosk) {
  std::set<std::string> seen;
  std::vector<std::string> problems;
  auto note = [&] {
    for (auto& problem : layout_problems(kiosk.kiosk().probe(), kiosk.width(), kiosk.height()))
      if (seen.insert(problem).second) problems.push_back(std::move(problem));
  };
  note();
  const ui::ProbeScroll* page = main_scroll_view(kiosk);
  if (page == nullptr || !page->overflows()) return problems;
  int moved = 0;
  for (; moved < 40; ++moved) {
    page = main_scroll_view(kiosk);
    if (page == nullptr || page->offset >= page->content_height - page->view_height - 1.f) break;
    drag_content(kiosk, page->view_height * 0.7f);
    note();
  }
  for (int back = 0; back < moved + 2; ++back) {
    page = main_scroll_view(kiosk);
    if (page == nullptr || page->offset <= 0.5f) break;
    drag_content(kiosk, -page->view_height * 0.8f);
  }
  return problems;
}

}  // namespace intake::testing
