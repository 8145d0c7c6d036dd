#include "pdf/font_subset.hpp"

namespace intake::pdf {

Result<SourceFont> SourceFont::open(const std::filesystem::path& path) {
  HbBlob blob(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!blob) return Error{"The PDF font file " + path.string() + " could not be read."};
  SourceFont font;
  font.face_.reset(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(font.face_.get()) == 0) {
    return Error{"The PDF font file " + path.string() + " is not a usable TrueType font."};
  }
  font.unicodes_.reset(hb_set_create());
  hb_face_collect_unicodes(font.face_.get(), font.unicodes_.get());
  return font;
}

bool SourceFont::covers(char32_t code_point) const { return hb_set_has(unicodes_.get(), code_point); }

Result<MemfdFile> SourceFont::subset_to_memfd(const std::set<char32_t>& code_points) const {
  HbSubsetInput input(hb_subset_input_create_or_fail());
  if (!input) return Error{"Could not start subsetting a PDF font."};
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t cp : code_points) hb_set_add(unicodes, cp);
  // libharu draws glyphs by cmap without shaping, so the layout tables are dead weight.
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F')}) {
    hb_set_add(drop, tag);
  }
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  HbFace subset(hb_subset_or_fail(face_.get(), input.get()));
  if (!subset) return Error{"Could not subset a PDF font."};
  HbBlob blob(hb_face_reference_blob(subset.get()));
  unsigned int length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  if (data == nullptr || length == 0) return Error{"A PDF font subset came out empty."};
  return MemfdFile::create("intake-pdf-font", data, length);
}

}  // namespace intake::pdf
