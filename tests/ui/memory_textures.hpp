#pragma once
// The headless stand-in for the GPU: a ui::TextureSource that keeps every uploaded picture in
// memory, so a test can read what a screen showed (how many, their size, their pixels) and
// that every texture was given back. Pictures still come from the real parts (poppler, the
// store); only the GPU is replaced.
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>

#include "common/rgba_image.hpp"
#include "ui/texture_source.hpp"

namespace intake::testing {

struct MemoryTextures {
  std::map<ImTextureID, RgbaImage> live;  // uploaded and not yet released, by id
  std::set<ImTextureID> drawn;            // live textures the last frame drew (its draw lists)
  int uploads = 0;
  int releases = 0;
  int bad_releases = 0;  // releases of an id that was not live (twice, or never uploaded)

  // The source for KioskUiOptions::staff.textures; it keeps `self` alive.
  static ui::TextureSource source_for(const std::shared_ptr<MemoryTextures>& self);
  // Call after each frame: which live textures that frame's draw data used.
  void note_drawn(const ImDrawData* draw_data);
  // The live pictures in upload order (ids grow with each upload).
  std::size_t count() const { return live.size(); }
};

}  // namespace intake::testing
