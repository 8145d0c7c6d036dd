#include "ui/ui_metrics.hpp"

#include <algorithm>

namespace intake::ui {

UiMetrics metrics_for_window(float width, float height, bool larger_text) {
  UiMetrics metrics;
  metrics.width = std::max(width, 1.f);
  metrics.height = std::max(height, 1.f);
  metrics.portrait = height > width;
  // The short side decides: a portrait 1080x1920 screen gets the same text size as a
  // landscape 1920x1080 one, and 1280x800 scales everything down to fit.
  metrics.scale = std::max(0.5f, std::min(metrics.width, metrics.height) / 1080.f);
  metrics.text_scale = larger_text ? kLargerTextFactor : 1.f;
  return metrics;
}

}  // namespace intake::ui
