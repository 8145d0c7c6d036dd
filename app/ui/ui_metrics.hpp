#pragma once
// One scale factor, derived from the window size, drives every size and font. Sizes in the code
// are written as they should be at 1080 px on the short side (1920x1080 or 1080x1920).
namespace intake::ui {

struct UiMetrics {
  float width = 1920.f;
  float height = 1080.f;
  float scale = 1.f;       // short side / 1080
  float text_scale = 1.f;  // 1.0, or kLargerTextFactor with "Larger text" on
  bool portrait = false;

  float px(float at_1080p) const { return at_1080p * scale; }
  // Text-related sizes (fonts, button heights that hold text) also follow "Larger text".
  float tx(float at_1080p) const { return at_1080p * scale * text_scale; }
};

inline constexpr float kLargerTextFactor = 1.3f;

// Font sizes and touch targets at 1080p; the brief asks for >= 28 px body and >= 64 px targets.
inline constexpr float kBodyTextPx = 30.f;
inline constexpr float kSmallTextPx = 24.f;
inline constexpr float kHeadingTextPx = 44.f;
inline constexpr float kTitleTextPx = 64.f;
inline constexpr float kMinTouchTargetPx = 64.f;
inline constexpr float kButtonHeightPx = 96.f;

UiMetrics metrics_for_window(float width, float height, bool larger_text);

}  // namespace intake::ui
