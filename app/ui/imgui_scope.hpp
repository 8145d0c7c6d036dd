#pragma once
// Every ImGui Begin/End and Push/Pop pair in app/ui goes through ImScope: the constructor
// begins, the destructor ends, so an early return can never leave ImGui's stacks unbalanced.
// This is the only file in app/ui that calls them directly; tests/ui/check_imgui_scopes.cmake
// fails the suite when another file does.
//
//   {
//     ScopedGroup group;                       // BeginGroup ... EndGroup
//     ScopedFont bold(frame.fonts.body_bold);  // PushFont ... PopFont
//     ...
//   }
//   ScopedWindow window("staff", nullptr, flags);   // Begin ... End (End even when collapsed)
//
// A scope whose End must only follow a Begin that returned true (popups, tables) declares
// EndWhen::opened and tests `if (scope)`. ScopedId (ui_frame.hpp) pushes the ImGui id and the
// probe's path together and is built on ScopedImGuiId.
#include <imgui.h>

#include <string_view>
#include <type_traits>
#include <utility>

namespace intake::ui {

enum class EndWhen { always, opened };

template <auto Begin, auto End, EndWhen when = EndWhen::always>
class [[nodiscard]] ImScope {
 public:
  template <typename... Args>
  explicit ImScope(Args&&... args) : open_(begin(std::forward<Args>(args)...)) {}
  ~ImScope() {
    if (when == EndWhen::always || open_) End();
  }
  ImScope(const ImScope&) = delete;
  ImScope& operator=(const ImScope&) = delete;

  // What Begin returned (true for the Push calls, which cannot fail).
  explicit operator bool() const { return open_; }

 private:
  template <typename... Args>
  static bool begin(Args&&... args) {
    if constexpr (std::is_void_v<decltype(Begin(std::forward<Args>(args)...))>) {
      Begin(std::forward<Args>(args)...);
      return true;
    } else {
      return static_cast<bool>(Begin(std::forward<Args>(args)...));
    }
  }

  bool open_;
};

// ImGui overloads several of these and gives them default arguments: a template argument
// must name one function, so each pair is spelled out once here.
namespace imscope {
inline bool window(const char* name, bool* open, ImGuiWindowFlags flags) {
  return ImGui::Begin(name, open, flags);
}
// A window over the whole display (top left at 0, 0), as every screen is.
inline bool fullscreen(const char* name, ImVec2 size, ImGuiWindowFlags flags) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  return ImGui::Begin(name, nullptr, flags);
}
// A window over the whole display that takes every touch (above the screen and the keyboard),
// the screen beneath dimmed: the dialogs a patient answers before anything else.
inline bool overlay(const char* name, ImVec2 size) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::SetNextWindowBgAlpha(0.f);
  ImGui::SetNextWindowFocus();
  const bool open = ImGui::Begin(
      name, nullptr,
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  // The window's own clip rect stops half a padding short of each side edge, which left a
  // light strip beside the dimming: the dim is drawn unclipped over the whole display.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(ImVec2(0, 0), size, false);
  draw->AddRectFilled(ImVec2(0, 0), size, IM_COL32(20, 30, 35, 170));
  draw->PopClipRect();
  return open;
}
inline bool child(const char* id, ImVec2 size, bool border = false, ImGuiWindowFlags flags = 0) {
  return ImGui::BeginChild(id, size, border, flags);
}
inline void group() { ImGui::BeginGroup(); }
inline void disabled(bool disabled = true) { ImGui::BeginDisabled(disabled); }
inline void font(ImFont* font) { ImGui::PushFont(font); }
inline void color(ImGuiCol index, ImU32 color) { ImGui::PushStyleColor(index, color); }
struct Style {  // a float or an ImVec2 variable
  void operator()(ImGuiStyleVar var, float value) const { ImGui::PushStyleVar(var, value); }
  void operator()(ImGuiStyleVar var, ImVec2 value) const { ImGui::PushStyleVar(var, value); }
};
inline void wrap(float wrap_pos_x) { ImGui::PushTextWrapPos(wrap_pos_x); }
inline void id(std::string_view name) { ImGui::PushID(name.data(), name.data() + name.size()); }
inline void pop_color() { ImGui::PopStyleColor(); }
inline void pop_style() { ImGui::PopStyleVar(); }
}  // namespace imscope

using ScopedWindow = ImScope<&imscope::window, &ImGui::End>;  // End even when collapsed
using ScopedFullscreenWindow = ImScope<&imscope::fullscreen, &ImGui::End>;
using ScopedOverlayWindow = ImScope<&imscope::overlay, &ImGui::End>;  // End even when collapsed
using ScopedChild = ImScope<&imscope::child, &ImGui::EndChild>;       // EndChild even when not visible
using ScopedGroup = ImScope<&imscope::group, &ImGui::EndGroup>;
using ScopedDisabled = ImScope<&imscope::disabled, &ImGui::EndDisabled>;
using ScopedFont = ImScope<&imscope::font, &ImGui::PopFont>;
using ScopedColor = ImScope<&imscope::color, &imscope::pop_color>;
using ScopedStyle = ImScope<imscope::Style{}, &imscope::pop_style>;
using ScopedWrap = ImScope<&imscope::wrap, &ImGui::PopTextWrapPos>;
using ScopedImGuiId = ImScope<&imscope::id, &ImGui::PopID>;  // the ImGui id only; see ScopedId
// Indent and Unindent by the same width.
class [[nodiscard]] ScopedIndent {
 public:
  explicit ScopedIndent(float by) : by_(by) { ImGui::Indent(by_); }
  ~ScopedIndent() { ImGui::Unindent(by_); }
  ScopedIndent(const ScopedIndent&) = delete;
  ScopedIndent& operator=(const ScopedIndent&) = delete;

 private:
  float by_;
};

// A clip rectangle on a draw list (drawing only; ImGui's own clipping is unchanged).
class [[nodiscard]] ScopedClipRect {
 public:
  ScopedClipRect(ImDrawList* draw, ImVec2 min, ImVec2 max, bool intersect = true) : draw_(draw) {
    draw_->PushClipRect(min, max, intersect);
  }
  ~ScopedClipRect() { draw_->PopClipRect(); }
  ScopedClipRect(const ScopedClipRect&) = delete;
  ScopedClipRect& operator=(const ScopedClipRect&) = delete;

 private:
  ImDrawList* draw_;
};

// A draw list split into channels (to draw a background after its content), merged at the end.
class [[nodiscard]] ScopedChannels {
 public:
  ScopedChannels(ImDrawList* draw, int count) : draw_(draw) { draw_->ChannelsSplit(count); }
  ~ScopedChannels() { draw_->ChannelsMerge(); }
  ScopedChannels(const ScopedChannels&) = delete;
  ScopedChannels& operator=(const ScopedChannels&) = delete;
  void use(int channel) { draw_->ChannelsSetCurrent(channel); }

 private:
  ImDrawList* draw_;
};

}  // namespace intake::ui
