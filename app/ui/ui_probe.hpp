#pragma once
// What the screens drew this frame: every touchable item and every text, with its rectangle.
// Tests find a widget by its visible label or ID path and tap its centre; they read the text
// on screen from here. It is rebuilt every frame and holds only what is on screen right now.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intake::ui {

struct ProbeRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float center_x() const { return (x0 + x1) * 0.5f; }
  float center_y() const { return (y0 + y1) * 0.5f; }
  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  // Whether this rectangle lies within `outer`, give or take `slack` pixels of rounding.
  bool inside(const ProbeRect& outer, float slack = 1.f) const {
    return x0 >= outer.x0 - slack && y0 >= outer.y0 - slack && x1 <= outer.x1 + slack &&
           y1 <= outer.y1 + slack;
  }
  bool inside_across(const ProbeRect& outer, float slack = 1.f) const {
    return x0 >= outer.x0 - slack && x1 <= outer.x1 + slack;
  }
};

// Where something was laid out, for the layout test: the whole box (not only its visible
// part), the box its words were drawn in, and what holds it.
struct ProbeLayout {
  ProbeRect box;             // the whole item or text, even the part scrolled out of view
  ProbeRect words;           // an item's label as drawn (empty: no words on it)
  ProbeRect container;       // the region it was laid out in: the window's (or field's) content region
  bool scrolls = false;      // inside a scroll view: the container clips it top and bottom by design
  bool broken_word = false;  // a word did not fit its width and was split in the middle
  float text_px = 0.f;       // the font size its words were drawn at
};

struct ProbeItem {
  std::string id_path;  // e.g. "welcome/start"
  std::string label;    // the visible text, without any "##id" suffix
  ProbeRect rect;       // the part that is visible (clipped by its scroll view)
  bool enabled = true;
  bool visible = true;    // false when scrolled or clipped out of view
  bool selected = false;  // a toggle or choice that is currently on
  unsigned imgui_id = 0;  // ImGui's ID, so a driver can tell the press reached this item
  bool choice = false;    // one of several answers (or a tick box), rather than an action
  bool field = false;     // a box to write in
  bool spoken = true;     // read aloud (false: an item whose label is only an id)
  int order = 0;          // drawing order among items and texts (read aloud goes by it)
  ProbeLayout layout;
};

struct ProbeText {
  std::string text;
  ProbeRect rect;
  int order = 0;  // drawing order among items and texts
  ProbeLayout layout;
};

// A scroll view: where it is on screen and how far its content goes.
struct ProbeScroll {
  std::string id_path;
  ProbeRect rect;
  float offset = 0.f;
  float content_height = 0.f;  // as measured at the end of the last frame
  float view_height = 0.f;
  bool bar = false;  // a scroll bar is drawn beside it
  bool overflows() const { return content_height > view_height + 1.f; }
};

struct UiProbe {
  std::vector<ProbeItem> items;
  std::vector<ProbeText> texts;
  std::vector<ProbeScroll> scrolls;

  int next_order = 0;

  void clear() {
    items.clear();
    texts.clear();
    scrolls.clear();
    next_order = 0;
  }
  // Record in drawing order (sets `order`).
  ProbeItem& add(ProbeItem item) {
    item.order = next_order++;
    items.push_back(std::move(item));
    return items.back();
  }
  void add(ProbeText text) {
    text.order = next_order++;
    texts.push_back(std::move(text));
  }
  // Exact match on the visible label, then on the ID path, then on a path ending "/name".
  const ProbeItem* find_item(std::string_view label_or_path) const;
  // All text drawn this frame joined by newlines, in drawing order.
  std::string all_text() const;
  bool shows_text(std::string_view fragment) const;
};

// The part of an ImGui label that is shown: "Start##start" -> "Start".
std::string_view visible_part(std::string_view label);

}  // namespace intake::ui
