#include "platform/png_capture.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstdio>
#include <filesystem>
#include <vector>

namespace intake {

Status write_framebuffer_png(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL's rows start at the bottom; a PNG's at the top.
  stbi_flip_vertically_on_write(1);
  // Written beside the target and renamed, so a reader never sees half a PNG.
  const std::string partial = path + ".partial";
  if (!stbi_write_png(partial.c_str(), width, height, 4, pixels.data(), width * 4))
    return Error{"The screenshot could not be written to " + path + "."};
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) return Error{"The screenshot could not be moved to " + path + ": " + ec.message()};
  return ok_status();
}

}  // namespace intake
