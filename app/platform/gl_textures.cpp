#include "platform/gl_textures.hpp"

#include <GL/gl.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace intake {

struct GlTextures::State {
  std::vector<GLuint> live;      // uploaded and not released
  std::vector<GLuint> released;  // released by the UI, deleted after the next render
  bool closed = false;           // the GL context is going or gone: no more GL calls
};

namespace {

ImTextureID to_id(GLuint name) { return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(name)); }
GLuint to_name(ImTextureID id) { return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(id)); }

ImTextureID upload(GlTextures::State& state, const RgbaImage& image) {
  if (state.closed || image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 4)
    return nullptr;
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint name = 0;
  glGenTextures(1, &name);
  if (name == 0) return nullptr;
  glBindTexture(GL_TEXTURE_2D, name);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  // Rows are packed (width * 4 bytes); ImGui's backend may have left other unpack settings.
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.pixels.data());
  const bool failed = glGetError() != GL_NO_ERROR;  // e.g. larger than the driver's limit
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  if (failed) {
    glDeleteTextures(1, &name);
    return nullptr;
  }
  state.live.push_back(name);
  return to_id(name);
}

void release(GlTextures::State& state, ImTextureID id) {
  const GLuint name = to_name(id);
  auto found = std::find(state.live.begin(), state.live.end(), name);
  if (found == state.live.end()) return;
  state.live.erase(found);
  if (!state.closed) state.released.push_back(name);
}

void delete_all(std::vector<GLuint>& names) {
  if (!names.empty()) glDeleteTextures(static_cast<GLsizei>(names.size()), names.data());
  names.clear();
}

}  // namespace

GlTextures::GlTextures() : state_(std::make_shared<State>()) {}

GlTextures::~GlTextures() { state_->closed = true; }

ui::TextureSource GlTextures::source() const {
  ui::TextureSource source;
  source.upload = [state = state_](const RgbaImage& image) { return upload(*state, image); };
  source.release = [state = state_](ImTextureID id) { release(*state, id); };
  return source;
}

void GlTextures::after_render() {
  if (!state_->closed) delete_all(state_->released);
}

void GlTextures::release_all() {
  if (state_->closed) return;
  delete_all(state_->released);
  delete_all(state_->live);
  state_->closed = true;
}

}  // namespace intake
