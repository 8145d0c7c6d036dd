#pragma once
// One scale factor, derived from the window size, drives every size and font. Sizes in the code
// are written as they should be at 1080 px on the short side (1920x1080 or 1080x1920).
namespace intake::ui {

// The patient's text size, from the bar on every screen: 100%, 150% and 200% (WCAG 1.4.4 asks
// that text can grow to 200% without anything being lost).
enum class TextSize { normal, large, largest };

inline constexpr TextSize kTextSizes[] = {TextSize::normal, TextSize::large, TextSize::largest};

float text_size_factor(TextSize size);  // 1.0, 1.5, 2.0
int text_size_percent(TextSize size);   // 100, 150, 200
// The size the bar's button moves to: 100% -> 150% -> 200% -> 100%.
TextSize next_text_size(TextSize size);

struct UiMetrics {
  float width = 1920.f;
  float height = 1080.f;
  float scale = 1.f;       // short side / 1080
  float text_scale = 1.f;  // text_size_factor(text_size)
  TextSize text_size = TextSize::normal;
  bool portrait = false;

  float px(float at_1080p) const { return at_1080p * scale; }
  // Text-related sizes (fonts, widths measured in text) follow the text size.
  float tx(float at_1080p) const { return at_1080p * scale * text_scale; }
  // A box at_1080p tall at 100% that holds one line of text_px text: it grows by as much as
  // its text grows, not in proportion (a 96 px button with 30 px text is 126 px at 200%).
  float box_for_text(float at_1080p, float text_px = 30.f) const {
    return px(at_1080p - text_px) + tx(text_px);
  }
  // At 150% and 200% things that stood side by side (choice grids, fields, the bar's buttons)
  // stand one under another, so each keeps the whole width for its words.
  bool one_column() const { return text_size != TextSize::normal; }
};

// Font sizes and touch targets at 1080p; the brief asks for >= 28 px body and >= 64 px targets.
inline constexpr float kBodyTextPx = 30.f;
inline constexpr float kSmallTextPx = 24.f;
inline constexpr float kHeadingTextPx = 44.f;
inline constexpr float kTitleTextPx = 64.f;
inline constexpr float kMinTouchTargetPx = 64.f;
inline constexpr float kButtonHeightPx = 96.f;

UiMetrics metrics_for_window(float width, float height, TextSize text_size = TextSize::normal);

}  // namespace intake::ui
