#include "platform/gl_font_texture.hpp"

#include <GL/gl.h>
#include <imgui.h>

namespace intake {

std::uint32_t upload_font_atlas(ImFontAtlas& atlas) {
  // Pixels exist only between a build and its upload. Asking ImGui for them after that would
  // rebuild the atlas from nothing (its default font), so a second upload is refused instead.
  if (atlas.TexPixelsAlpha8 == nullptr) return 0;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (pixels == nullptr || width <= 0 || height <= 0) return 0;
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  // ImGui's shader multiplies the vertex colour by the texel: white, with the coverage as alpha.
  const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
  glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of one byte per texel
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  const bool failed = glGetError() != GL_NO_ERROR;
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  if (failed) {
    glDeleteTextures(1, &texture);
    return 0;
  }
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)));
  atlas.ClearTexData();
  return texture;
}

void delete_font_texture(std::uint32_t texture) {
  const GLuint name = texture;
  if (name != 0) glDeleteTextures(1, &name);
}

}  // namespace intake
