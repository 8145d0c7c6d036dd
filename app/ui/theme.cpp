#include "ui/theme.hpp"

namespace intake::ui::theme {

void apply_imgui_style(ImGuiStyle& style, float scale) {
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  auto color = [](ImU32 packed) { return ImGui::ColorConvertU32ToFloat4(packed); };
  style.Colors[ImGuiCol_WindowBg] = color(kBackground);
  style.Colors[ImGuiCol_ChildBg] = color(kBackground);
  style.Colors[ImGuiCol_Text] = color(kText);
  style.Colors[ImGuiCol_TextDisabled] = color(kDisabledText);
  style.Colors[ImGuiCol_Border] = color(kBorder);
  style.Colors[ImGuiCol_FrameBg] = color(kSurface);
  style.Colors[ImGuiCol_ScrollbarBg] = color(kBackground);
  style.WindowBorderSize = 0.f;
  style.WindowRounding = 0.f;
  style.FrameRounding = 14.f;
  style.FrameBorderSize = 2.f;
  style.DisabledAlpha = 1.f;  // disabled widgets draw their own readable colours
  style.ItemSpacing = ImVec2(24.f, 24.f);
  style.WindowPadding = ImVec2(48.f, 32.f);
  style.FramePadding = ImVec2(28.f, 18.f);
  style.ScrollbarSize = 28.f;
  style.ScaleAllSizes(scale);
}

}  // namespace intake::ui::theme
