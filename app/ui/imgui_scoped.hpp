#pragma once
// RAII for ImGui's Begin/End and Push/Pop pairs: an early return can never unbalance the stack.
#include <imgui.h>

namespace intake::ui {

struct ScopedFont {
  explicit ScopedFont(ImFont* font) { ImGui::PushFont(font); }
  ~ScopedFont() { ImGui::PopFont(); }
  ScopedFont(const ScopedFont&) = delete;
  ScopedFont& operator=(const ScopedFont&) = delete;
};

struct ScopedColor {
  ScopedColor(ImGuiCol index, ImU32 color) { ImGui::PushStyleColor(index, color); }
  ~ScopedColor() { ImGui::PopStyleColor(); }
  ScopedColor(const ScopedColor&) = delete;
  ScopedColor& operator=(const ScopedColor&) = delete;
};

struct ScopedStyle {
  ScopedStyle(ImGuiStyleVar var, float value) { ImGui::PushStyleVar(var, value); }
  ScopedStyle(ImGuiStyleVar var, ImVec2 value) { ImGui::PushStyleVar(var, value); }
  ~ScopedStyle() { ImGui::PopStyleVar(); }
  ScopedStyle(const ScopedStyle&) = delete;
  ScopedStyle& operator=(const ScopedStyle&) = delete;
};

struct ScopedWrap {
  explicit ScopedWrap(float wrap_pos_x) { ImGui::PushTextWrapPos(wrap_pos_x); }
  ~ScopedWrap() { ImGui::PopTextWrapPos(); }
  ScopedWrap(const ScopedWrap&) = delete;
  ScopedWrap& operator=(const ScopedWrap&) = delete;
};

// Child regions must call EndChild even when BeginChild returns false.
struct ScopedChild {
  ScopedChild(const char* id, ImVec2 size, bool border = false, ImGuiWindowFlags flags = 0)
      : open(ImGui::BeginChild(id, size, border, flags)) {}
  ~ScopedChild() { ImGui::EndChild(); }
  ScopedChild(const ScopedChild&) = delete;
  ScopedChild& operator=(const ScopedChild&) = delete;
  bool open;
};

struct ScopedGroup {
  ScopedGroup() { ImGui::BeginGroup(); }
  ~ScopedGroup() { ImGui::EndGroup(); }
  ScopedGroup(const ScopedGroup&) = delete;
  ScopedGroup& operator=(const ScopedGroup&) = delete;
};

}  // namespace intake::ui
