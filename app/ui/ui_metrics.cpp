#include "ui/ui_metrics.hpp"

#include <algorithm>

namespace intake::ui {

float text_size_factor(TextSize size) { return text_size_percent(size) / 100.f; }

int text_size_percent(TextSize size) {
  switch (size) {
    case TextSize::normal: return 100;
    case TextSize::large: return 150;
    case TextSize::largest: return 200;
  }
  return 100;
}

TextSize next_text_size(TextSize size) {
  switch (size) {
    case TextSize::normal: return TextSize::large;
    case TextSize::large: return TextSize::largest;
    case TextSize::largest: return TextSize::normal;
  }
  return TextSize::normal;
}

UiMetrics metrics_for_window(float width, float height, TextSize text_size) {
  UiMetrics metrics;
  metrics.width = std::max(width, 1.f);
  metrics.height = std::max(height, 1.f);
  metrics.portrait = height > width;
  // The short side decides: a portrait 1080x1920 screen gets the same text size as a
  // landscape 1920x1080 one, and 1280x800 scales everything down to fit.
  metrics.scale = std::max(0.5f, std::min(metrics.width, metrics.height) / 1080.f);
  metrics.text_size = text_size;
  metrics.text_scale = text_size_factor(text_size);
  return metrics;
}

}  // namespace intake::ui
