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
};

struct ProbeText {
  std::string text;
  ProbeRect rect;
  int order = 0;  // drawing order among items and texts
};

struct UiProbe {
  std::vector<ProbeItem> items;
  std::vector<ProbeText> texts;

  int next_order = 0;

  void clear() {
    items.clear();
    texts.clear();
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
