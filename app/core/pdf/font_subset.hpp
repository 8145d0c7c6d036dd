#pragma once
// A source TrueType font and the subset of it that one document needs. libharu embeds whole
// fonts (hundreds of KB for Noto Sans); HarfBuzz's subsetter cuts them to the glyphs used.
#include <filesystem>
#include <set>

#include "common/result.hpp"
#include "pdf/harfbuzz_handles.hpp"
#include "pdf/memfd_file.hpp"

namespace intake::pdf {

class SourceFont {
 public:
  static Result<SourceFont> open(const std::filesystem::path& path);

  bool covers(char32_t code_point) const;
  // The subset holding exactly these code points (plus .notdef), in a memfd for libharu.
  Result<MemfdFile> subset_to_memfd(const std::set<char32_t>& code_points) const;

 private:
  HbFace face_;
  HbSet unicodes_;
};

}  // namespace intake::pdf
