#include "pdf/to_unicode_cmap.hpp"

#include <fmt/format.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>
#include <vector>

namespace intake::pdf {
namespace {

std::string build_cmap(const std::set<char32_t>& code_points) {
  std::vector<char32_t> bmp;
  for (char32_t cp : code_points) {
    if (cp > 0 && cp <= 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) bmp.push_back(cp);
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A bfchar section may hold at most 100 entries.
  for (std::size_t start = 0; start < bmp.size(); start += 100) {
    const std::size_t end = std::min(bmp.size(), start + 100);
    out += fmt::format("{} beginbfchar\n", end - start);
    for (std::size_t i = start; i < end; ++i) {
      out += fmt::format("<{0:04X}> <{0:04X}>\n", static_cast<unsigned>(bmp[i]));
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace

Status replace_to_unicode_cmap(HPDF_Font font, const std::set<char32_t>& code_points) {
  auto* stream_dict = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (stream_dict == nullptr || stream_dict->stream == nullptr) {
    return Error{"The PDF font has no ToUnicode map to correct."};
  }
  HPDF_MemStream_FreeData(stream_dict->stream);
  const std::string cmap = build_cmap(code_points);
  if (HPDF_Stream_Write(stream_dict->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                        static_cast<HPDF_UINT>(cmap.size())) != HPDF_OK) {
    return Error{"Could not write the PDF font's ToUnicode map."};
  }
  return ok_status();
}

}  // namespace intake::pdf
