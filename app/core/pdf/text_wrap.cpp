#include "pdf/text_wrap.hpp"

#include "pdf/utf8_text.hpp"

namespace intake::pdf {
namespace {

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

// Splits one over-long word into pieces that each fit (at least one character per piece).
std::vector<std::string> break_word(std::string_view word, double max_width, FontFace face, double size,
                                    const TextMeasure& measure) {
  std::vector<std::string> pieces;
  const std::vector<CodePoint> cps = decode_utf8(word);
  std::string piece;
  for (std::size_t i = 0; i < cps.size();) {
    // A base character and its combining marks move together.
    std::size_t end = i + 1;
    while (end < cps.size() && is_combining_mark(cps[end].value)) ++end;
    const std::string_view cluster =
        word.substr(cps[i].offset, cps[end - 1].offset + cps[end - 1].length - cps[i].offset);
    std::string candidate = piece + std::string(cluster);
    if (!piece.empty() && measure.width(face, size, candidate) > max_width) {
      pieces.push_back(std::move(piece));
      piece = std::string(cluster);
    } else {
      piece = std::move(candidate);
    }
    i = end;
  }
  if (!piece.empty()) pieces.push_back(std::move(piece));
  return pieces;
}

void wrap_line(std::string_view line, double max_width, FontFace face, double size,
               const TextMeasure& measure, std::vector<std::string>& out) {
  const std::vector<std::string_view> words = split_words(line);
  if (words.empty()) {
    out.emplace_back();
    return;
  }
  std::string current;
  for (std::string_view word : words) {
    const std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
    if (measure.width(face, size, candidate) <= max_width) {
      current = candidate;
      continue;
    }
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
    if (measure.width(face, size, word) <= max_width) {
      current = std::string(word);
      continue;
    }
    std::vector<std::string> pieces = break_word(word, max_width, face, size, measure);
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) out.push_back(std::move(pieces[i]));
    current = pieces.empty() ? std::string() : std::move(pieces.back());
  }
  if (!current.empty()) out.push_back(std::move(current));
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, double max_width, FontFace face, double size,
                                   const TextMeasure& measure) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    wrap_line(line, max_width, face, size, measure, lines);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace intake::pdf
