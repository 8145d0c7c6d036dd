#pragma once
// How a screen shows a picture without knowing about the GPU: the host hands the UI a
// TextureSource (OpenGL in app/platform/gl_textures.*, pixels kept in memory in the headless
// tests), and a screen holds each uploaded picture as a UiTexture, which gives it back when
// dropped. The UI layer stays free of GL.
#include <imgui.h>

#include <functional>
#include <utility>

#include "common/rgba_image.hpp"

namespace intake::ui {

struct TextureSource {
  // Copies the picture to the GPU (or wherever the host draws from); nullptr when it cannot.
  std::function<ImTextureID(const RgbaImage&)> upload;
  // Frees what upload returned; called exactly once per texture.
  std::function<void(ImTextureID)> release;

  bool available() const { return upload && release; }
};

// One uploaded picture, released when this goes (RAII), so a closed screen leaves none behind.
class UiTexture {
 public:
  UiTexture() = default;
  UiTexture(const TextureSource& source, const RgbaImage& image)
      : id_(source.available() ? source.upload(image) : nullptr), width_(image.width), height_(image.height) {
    if (id_ != nullptr) release_ = source.release;
  }
  ~UiTexture() { reset(); }
  UiTexture(UiTexture&& other) noexcept { *this = std::move(other); }
  UiTexture& operator=(UiTexture&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, nullptr);
      width_ = std::exchange(other.width_, 0);
      height_ = std::exchange(other.height_, 0);
      release_ = std::move(other.release_);
      other.release_ = nullptr;
    }
    return *this;
  }
  UiTexture(const UiTexture&) = delete;
  UiTexture& operator=(const UiTexture&) = delete;

  ImTextureID id() const { return id_; }
  int width() const { return width_; }
  int height() const { return height_; }
  explicit operator bool() const { return id_ != nullptr; }

  void reset() {
    if (id_ != nullptr && release_) release_(id_);
    id_ = nullptr;
    width_ = height_ = 0;
    release_ = nullptr;
  }

 private:
  ImTextureID id_ = nullptr;
  int width_ = 0;
  int height_ = 0;
  std::function<void(ImTextureID)> release_;
};

}  // namespace intake::ui
