#pragma once
// Writes what was just rendered (the back buffer, before the swap) as a PNG.
#include <string>

#include "common/result.hpp"

namespace intake {

Status write_framebuffer_png(const std::string& path, int width, int height);

}  // namespace intake
