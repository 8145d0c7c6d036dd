#include "platform/kiosk_display.hpp"

#include <ostream>

namespace intake {

std::optional<KioskDisplay> open_kiosk_display(const KioskOptions& options, ui::PointerInput& pointer,
                                               ui::KeyInput& keys, std::ostream& err) {
  auto window = KioskWindow::open(options, pointer, keys);
  if (!window) {
    err << "intake-kiosk: " << window.error().message << "\n";
    return std::nullopt;
  }
  auto renderer = GlRenderer::create();
  if (!renderer) {
    err << "intake-kiosk: " << renderer.error().message << "\n";
    return std::nullopt;
  }
  return KioskDisplay{std::move(*window), std::move(*renderer)};
}

bool fonts_ready(const Result<bool>& fonts_changed, GlRenderer& renderer, std::ostream& err) {
  if (!fonts_changed) {
    err << "intake-kiosk: " << fonts_changed.error().message << "\n";
    return false;
  }
  if (*fonts_changed && !renderer.upload_fonts()) {
    err << "intake-kiosk: the font texture could not be put on the graphics card\n";
    return false;
  }
  return true;
}

}  // namespace intake
