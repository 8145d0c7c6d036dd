#include "speech/spoken_screen.hpp"

#include <algorithm>

namespace intake::speech {

namespace {

std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// A part that ends without punctuation runs into the next one; a full stop makes the voice pause.
std::string with_pause(std::string text) {
  if (text.empty()) return text;
  const char last = text.back();
  if (last != '.' && last != '?' && last != '!' && last != ':' && last != ';') text += '.';
  return text;
}

bool same_line(const ScreenLine& a, const ScreenLine& b) {
  return a.kind == b.kind && a.text == b.text && a.selected == b.selected && a.enabled == b.enabled;
}

}  // namespace

std::string Utterance::text() const {
  std::string joined = chime ? "(chime)\n" : "";
  for (const auto& part : parts) {
    joined += part;
    joined += '\n';
  }
  return joined;
}

Utterance build_utterance(std::span<const ScreenLine> lines, const SpeechWords& words,
                          const std::string& language) {
  Utterance utterance;
  utterance.language = language;
  std::string previous;
  for (const auto& line : lines) {
    std::string text = one_line(line.text);
    if (text.empty()) continue;
    switch (line.kind) {
      case ScreenLine::Kind::Text: break;
      case ScreenLine::Kind::Choice:
        if (line.selected) text += ", " + words.chosen;
        break;
      case ScreenLine::Kind::Button: text += ", " + words.button; break;
      case ScreenLine::Kind::Field: text += ", " + words.field; break;
    }
    if (!line.enabled) text += ", " + words.not_available;
    text = with_pause(std::move(text));
    if (text == previous) continue;
    previous = text;
    utterance.parts.push_back(std::move(text));
  }
  return utterance;
}

std::vector<ScreenLine> lines_added(std::span<const ScreenLine> before, std::span<const ScreenLine> now) {
  std::vector<bool> used(before.size(), false);
  std::vector<ScreenLine> added;
  for (const auto& line : now) {
    bool found = false;
    for (std::size_t i = 0; i < before.size() && !found; ++i)
      if (!used[i] && same_line(before[i], line)) used[i] = found = true;
    if (!found) added.push_back(line);
  }
  return added;
}

}  // namespace intake::speech
