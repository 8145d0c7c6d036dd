#pragma once
// Draws ImGui's draw data with OpenGL 3.3 (ImGui's own OpenGL3 backend). The font texture is
// ours (gl_font_texture.hpp): one channel, not the backend's RGBA copy.
#include <cstdint>

#include "common/result.hpp"

namespace intake {

class GlRenderer {
 public:
  static Result<GlRenderer> create();  // needs a current GL context and an ImGui context
  GlRenderer(GlRenderer&& other) noexcept : active_(other.active_), font_texture_(other.font_texture_) {
    other.active_ = false;
    other.font_texture_ = 0;
  }
  ~GlRenderer();
  GlRenderer(const GlRenderer&) = delete;
  GlRenderer& operator=(const GlRenderer&) = delete;

  // After the font atlas was rebuilt. False when the GPU refused the texture.
  bool upload_fonts();
  void render(int framebuffer_width, int framebuffer_height);

 private:
  GlRenderer() = default;
  bool active_ = false;
  std::uint32_t font_texture_ = 0;
};

}  // namespace intake
