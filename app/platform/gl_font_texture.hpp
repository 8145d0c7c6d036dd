#pragma once
// The font atlas on the GPU as one channel of coverage (GL_R8, read as white with that alpha),
// a quarter of the RGBA texture ImGui's OpenGL backend would make. Once uploaded, the atlas's
// CPU pixels are freed: at 200% text they are tens of MiB.
#include <cstdint>

struct ImFontAtlas;

namespace intake {

// Uploads the atlas just built, sets its texture id, frees its pixels; returns the GL texture
// name, or 0 when the GPU refused it or the atlas was already uploaded since its last build.
std::uint32_t upload_font_atlas(ImFontAtlas& atlas);
void delete_font_texture(std::uint32_t texture);

}  // namespace intake
