#include "ui/widgets/onscreen_keyboard.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/text.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/keyboard_key.hpp"
#include "ui/widgets/keyboard_pages.hpp"

namespace intake::ui {

namespace {

constexpr double kSlideSeconds = 0.2;
constexpr ImU32 kKeyboardBackground = theme::rgb(0xE9, 0xEB, 0xEC);

struct KeyboardGeometry {
  float key_height = 0.f;
  float gap = 0.f;
  float padding = 0.f;
};

KeyboardGeometry geometry(const UiMetrics& metrics) {
  KeyboardGeometry g;
  // 80 px at 1080p, above the 64 px minimum; a larger text size grows the keys by as much as
  // their labels grow (not in proportion), so the screen above keeps room for the field.
  g.key_height = std::max(metrics.px(80.f), metrics.box_for_text(64.f));
  g.gap = metrics.px(10.f);
  g.padding = metrics.px(16.f);
  return g;
}

using text::append_utf8;
using text::pop_code_point;

bool wants_capital_next(const std::string& text) {
  return text.empty() || text.back() == ' ' || text.back() == '-';
}

bool insert(std::string& text, const std::string& piece, std::size_t max_length) {
  if (piece.empty() || count_characters(text) + count_characters(piece) > max_length) return false;
  text += piece;
  return true;
}

// Characters a physical keyboard (front desk) may type into each layout.
bool layout_accepts(KeyboardLayout layout, char32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  const bool digit = c >= '0' && c <= '9';
  switch (layout) {
    case KeyboardLayout::Numeric: return digit;
    case KeyboardLayout::Phone: return digit || c == '+' || c == '-' || c == ' ';
    case KeyboardLayout::Email: return c != ' ';
    case KeyboardLayout::Letters:
    case KeyboardLayout::Text:
    case KeyboardLayout::Path: return true;
  }
  return false;
}

void physical_keys(KeyboardState& state, KeyboardLayout layout, std::string& text, std::size_t max_length,
                   KeyboardResult& result) {
  const ImGuiIO& io = ImGui::GetIO();
  for (ImWchar c : io.InputQueueCharacters) {
    if (!layout_accepts(layout, c)) continue;
    std::string piece;
    append_utf8(piece, c);
    if (insert(text, piece, max_length)) result.changed = true;
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !text.empty()) {
    erase_last_character(text);
    result.changed = true;
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) result.done = true;
  if (result.changed && layout == KeyboardLayout::Letters) state.shift = wants_capital_next(text);
  if (result.changed && layout == KeyboardLayout::Text) state.shift = false;  // typed: the capital is used
}

bool has_shift(KeyboardLayout layout) {
  return layout == KeyboardLayout::Letters || layout == KeyboardLayout::Text ||
         layout == KeyboardLayout::Path;
}

void press_key(const KeyDef& key, KeyboardState& state, KeyboardLayout layout, std::string& text,
               std::size_t max_length, KeyboardResult& result) {
  const bool letters = layout == KeyboardLayout::Letters;
  switch (key.action) {
    case KeyAction::Insert: {
      const std::string& piece = has_shift(layout) && state.shift ? key.upper : key.lower;
      if (layout == KeyboardLayout::Text && state.shift) state.shift = false;  // one capital, like a phone
      if (!insert(text, piece, max_length)) break;
      result.changed = true;
      // Names: a capital after a space or hyphen, then lower case again.
      if (letters) state.shift = wants_capital_next(text);
      break;
    }
    case KeyAction::Shift: state.shift = !state.shift; break;
    case KeyAction::Accents: state.accents = !state.accents; break;
    case KeyAction::Backspace:
      if (text.empty()) break;
      erase_last_character(text);
      result.changed = true;
      if (letters) state.shift = wants_capital_next(text);
      break;
    case KeyAction::Done: result.done = true; break;
  }
}

KeyFace face_for(const UiFrame& frame, const KeyDef& key, const KeyboardState& state, KeyboardLayout layout,
                 const std::string& shown_storage) {
  KeyFace face;
  face.shown = shown_storage;
  face.probe_label = shown_storage;
  switch (key.action) {
    case KeyAction::Insert:
      if (key.id == "space") {
        face.look = KeyLook::Function;
      }
      break;
    case KeyAction::Shift:
      face.look = KeyLook::Function;
      face.icon = KeyIcon::Shift;
      face.on = state.shift;
      face.probe_label = frame.t("keyboard.shift");
      break;
    case KeyAction::Accents: face.look = KeyLook::Function; break;
    case KeyAction::Backspace:
      face.look = KeyLook::Function;
      face.icon = KeyIcon::Backspace;
      face.probe_label = frame.t("keyboard.backspace");
      break;
    case KeyAction::Done: face.look = KeyLook::Done; break;
  }
  (void)layout;
  return face;
}

std::string shown_text(const UiFrame& frame, const KeyDef& key, const KeyboardState& state,
                       KeyboardLayout layout) {
  switch (key.action) {
    case KeyAction::Insert:
      if (key.id == "space") return frame.t("keyboard.space");
      return has_shift(layout) && state.shift ? key.upper : key.lower;
    case KeyAction::Accents: return state.accents ? frame.t("keyboard.letters") : frame.t("keyboard.accents");
    case KeyAction::Done: return frame.t("keyboard.done");
    case KeyAction::Shift:
    case KeyAction::Backspace: return {};
  }
  return {};
}

void animate_slide(UiFrame& frame, KeyboardState& state) {
  double dt = state.last_time < 0.0 ? 1.0 / 60.0 : frame.now - state.last_time;
  dt = std::clamp(dt, 0.0, 1.0 / 15.0);  // after a pause the slide resumes, never jumps
  state.last_time = frame.now;
  const float target = state.visible ? 1.f : 0.f;
  const float step = static_cast<float>(dt / kSlideSeconds);
  state.slide =
      state.slide < target ? std::min(target, state.slide + step) : std::max(target, state.slide - step);
  if (state.slide != target) frame.animating = true;
}

}  // namespace

float keyboard_height(const UiMetrics& metrics, KeyboardLayout /*layout*/) {
  // Every layout has four rows, so moving between fields never moves the screen above.
  const KeyboardGeometry g = geometry(metrics);
  return kKeyboardRows * g.key_height + (kKeyboardRows - 1) * g.gap + 2 * g.padding;
}

float keyboard_covered_height(const UiMetrics& metrics, KeyboardLayout layout, const KeyboardState& state) {
  const float slide = std::clamp(state.slide, 0.f, 1.f);
  const float eased = 1.f - std::pow(1.f - slide, 3.f);  // fast start, gentle stop
  return keyboard_height(metrics, layout) * eased;
}

void prepare_keyboard_for(KeyboardState& state, KeyboardLayout layout, const std::string& text) {
  state.accents = false;
  state.shift =
      (layout == KeyboardLayout::Letters || layout == KeyboardLayout::Text) && wants_capital_next(text);
}

KeyboardResult draw_onscreen_keyboard(UiFrame& frame, KeyboardState& state, KeyboardLayout layout,
                                      std::string& text, std::size_t max_length) {
  KeyboardResult result;
  animate_slide(frame, state);
  if (state.slide <= 0.f) return result;
  if (layout != KeyboardLayout::Letters && layout != KeyboardLayout::Text) state.accents = false;

  const UiMetrics& metrics = frame.metrics;
  const KeyboardGeometry g = geometry(metrics);
  const float height = keyboard_height(metrics, layout);
  const float top = metrics.height - keyboard_covered_height(metrics, layout, state);

  ImGui::SetNextWindowPos(ImVec2(0.f, top));
  ImGui::SetNextWindowSize(ImVec2(metrics.width, height));
  ScopedStyle padding(ImGuiStyleVar_WindowPadding, ImVec2(0.f, 0.f));
  ScopedStyle spacing(ImGuiStyleVar_ItemSpacing, ImVec2(0.f, 0.f));
  ScopedStyle border(ImGuiStyleVar_WindowBorderSize, 0.f);
  ScopedColor background(ImGuiCol_WindowBg, kKeyboardBackground);
  ScopedWindow window("##onscreen_keyboard", nullptr,
                      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing);
  // Above the screen window whatever was tapped last; only the drawing order changes, so a
  // press held on the screen is not taken away.
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  {
    ScopedId ids(frame, "keyboard", ProbePathFrom::root);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddLine(ImVec2(0.f, top), ImVec2(metrics.width, top), theme::kBorder, metrics.px(2.f));

    if (state.visible) physical_keys(state, layout, text, max_length, result);

    const KeyPage page = keyboard_page(layout, state.accents);
    float units = 0.f;
    for (const KeyRow& row : page.rows) units = std::max(units, row_units(row));
    const float width = std::min(metrics.width - 2 * g.padding, metrics.px(page.max_width_px));
    const float unit = (width - (units - 1.f) * g.gap) / units;
    const float left = (metrics.width - width) * 0.5f;
    float y = top + g.padding;
    for (const KeyRow& row : page.rows) {
      const float row_u = row_units(row);
      float x = left + (width - (row_u * unit + (row_u - 1.f) * g.gap)) * 0.5f;
      for (const KeyDef& key : row) {
        const float key_width = key.units * unit + (key.units - 1.f) * g.gap;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const std::string shown = shown_text(frame, key, state, layout);
        const KeyFace face = face_for(frame, key, state, layout, shown);
        // Probe ids follow the label, so "keyboard/key_A" exists only while shift is on.
        const std::string id =
            "key_" + (key.action == KeyAction::Insert && key.id == key.lower ? shown : key.id);
        if (keyboard_key(frame, id, face, ImVec2(key_width, g.key_height)))
          press_key(key, state, layout, text, max_length, result);
        x += key_width + g.gap;
      }
      y += g.key_height + g.gap;
    }
  }
  return result;
}

void erase_last_character(std::string& text) {
  const char32_t removed = pop_code_point(text);
  // A combining accent typed after its letter (decomposed text) goes together with the letter.
  if (text::is_combining_mark(removed)) pop_code_point(text);
}

std::size_t count_characters(const std::string& text) { return text::code_point_count(text); }

}  // namespace intake::ui
