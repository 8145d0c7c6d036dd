#pragma once
// The OpenGL side of ui::TextureSource: pictures the UI shows (the record's PDF pages) become
// RGBA textures, sampled linearly. A texture the UI releases may still be in the frame being
// built, so it is deleted only after that frame was rendered (after_render()). Every GL call
// needs the kiosk's GL context current; release_all() must run before that context goes (the
// UI may release later still: those releases then do nothing).
#include <memory>

#include "ui/texture_source.hpp"

namespace intake {

class GlTextures {
 public:
  GlTextures();
  ~GlTextures();  // makes no GL call: see release_all()
  GlTextures(const GlTextures&) = delete;
  GlTextures& operator=(const GlTextures&) = delete;

  // For KioskUiOptions::staff.textures. Valid as long as the UI holds it, even after this goes.
  ui::TextureSource source() const;
  // Deletes the textures released while the frame just rendered was built.
  void after_render();
  // Deletes every texture, while the GL context is still current; uploads fail from then on.
  void release_all();

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace intake
