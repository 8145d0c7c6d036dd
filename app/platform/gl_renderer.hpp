#pragma once
// Draws ImGui's draw data with OpenGL 3.3 (ImGui's own OpenGL3 backend).
#include "common/result.hpp"

namespace intake {

class GlRenderer {
 public:
  static Result<GlRenderer> create();  // needs a current GL context and an ImGui context
  GlRenderer(GlRenderer&& other) noexcept : active_(other.active_) { other.active_ = false; }
  ~GlRenderer();
  GlRenderer(const GlRenderer&) = delete;
  GlRenderer& operator=(const GlRenderer&) = delete;

  void upload_fonts();  // after the font atlas was rebuilt
  void render(int framebuffer_width, int framebuffer_height);

 private:
  GlRenderer() = default;
  bool active_ = false;
};

}  // namespace intake
