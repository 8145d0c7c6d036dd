#include "memory_textures.hpp"

namespace intake::testing {

ui::TextureSource MemoryTextures::source_for(const std::shared_ptr<MemoryTextures>& self) {
  ui::TextureSource source;
  source.upload = [self](const RgbaImage& image) -> ImTextureID {
    // Ids start at 1 and never repeat, so a stale id is always noticed.
    const ImTextureID id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(++self->uploads));
    self->live.emplace(id, image);
    return id;
  };
  source.release = [self](ImTextureID id) {
    auto found = self->live.find(id);
    if (found == self->live.end()) {
      ++self->bad_releases;
      return;
    }
    secure_wipe(found->second);
    self->live.erase(found);
    ++self->releases;
  };
  return source;
}

void MemoryTextures::note_drawn(const ImDrawData* draw_data) {
  drawn.clear();
  if (draw_data == nullptr) return;
  for (int i = 0; i < draw_data->CmdListsCount; ++i)
    for (const ImDrawCmd& command : draw_data->CmdLists[i]->CmdBuffer)
      if (live.count(command.TextureId) != 0) drawn.insert(command.TextureId);
}

}  // namespace intake::testing
