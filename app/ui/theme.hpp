#pragma once
// Colours for a calm, high-contrast kiosk (every text colour >= 4.5:1 on its background).
#include <imgui.h>

namespace intake::ui::theme {

inline constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return IM_COL32(r, g, b, a);
}

inline constexpr ImU32 kBackground = rgb(0xF6, 0xF4, 0xF0);
inline constexpr ImU32 kSurface = rgb(0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kText = rgb(0x1C, 0x25, 0x2E);       // 15:1 on background
inline constexpr ImU32 kMutedText = rgb(0x4A, 0x55, 0x60);  // 7:1 on background
inline constexpr ImU32 kPrimary = rgb(0x0B, 0x5F, 0x63);    // white text 7.3:1
inline constexpr ImU32 kPrimaryPressed = rgb(0x06, 0x3F, 0x42);
inline constexpr ImU32 kSecondary = rgb(0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kSecondaryPressed = rgb(0xD9, 0xE4, 0xE4);
inline constexpr ImU32 kBorder = rgb(0x6B, 0x77, 0x80);
inline constexpr ImU32 kSelected = rgb(0xD6, 0xEE, 0xEC);
inline constexpr ImU32 kDisabledFill = rgb(0xE3, 0xE1, 0xDC);
inline constexpr ImU32 kDisabledText = rgb(0x5E, 0x63, 0x68);  // 4.9:1 on the disabled fill
inline constexpr ImU32 kAttention = rgb(0x8A, 0x3B, 0x00);     // messages beside a question
inline constexpr ImU32 kAttentionFill = rgb(0xFF, 0xF1, 0xE0);
inline constexpr ImU32 kOnPrimary = rgb(0xFF, 0xFF, 0xFF);

void apply_imgui_style(ImGuiStyle& style, float scale);

}  // namespace intake::ui::theme
