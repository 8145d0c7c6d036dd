#include "ui/read_aloud.hpp"

#include <algorithm>

namespace intake::ui {

namespace {

// The read-aloud controls are not read out: they are what the patient already used.
bool is_speech_control(const ProbeItem& item) {
  return item.id_path.find("/speech_") != std::string::npos || item.id_path.starts_with("speech_");
}

// The bar on top of every screen ("Need help?", "Text size") is read after the screen's own
// content: the title comes first.
bool is_screen_bar(const ProbeItem& item) {
  return item.id_path.ends_with("/need_help") || item.id_path.ends_with("/text_size");
}
constexpr int kAfterContent = 1 << 24;

struct Ordered {
  int order = 0;
  speech::ScreenLine line;
  ProbeRect rect;
};

std::vector<Ordered> ordered_lines(const UiProbe& probe, int from_order) {
  std::vector<Ordered> all;
  for (const auto& text : probe.texts)
    if (text.order >= from_order)
      all.push_back({text.order, {speech::ScreenLine::Kind::Text, text.text}, text.rect});
  for (const auto& item : probe.items) {
    if (!item.spoken || is_speech_control(item) || item.label.empty() || item.order < from_order) continue;
    speech::ScreenLine line;
    line.kind = item.field    ? speech::ScreenLine::Kind::Field
                : item.choice ? speech::ScreenLine::Kind::Choice
                              : speech::ScreenLine::Kind::Button;
    line.text = item.label;
    line.selected = item.selected && item.choice;
    line.enabled = item.enabled;
    all.push_back({item.order + (is_screen_bar(item) ? kAfterContent : 0), std::move(line), item.rect});
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Ordered& a, const Ordered& b) { return a.order < b.order; });
  return all;
}

bool inside(const ProbeRect& r, float x, float y) { return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1; }

}  // namespace

std::vector<speech::ScreenLine> spoken_lines(const UiProbe& probe, int from_order) {
  std::vector<speech::ScreenLine> lines;
  for (auto& ordered : ordered_lines(probe, from_order)) lines.push_back(std::move(ordered.line));
  return lines;
}

speech::SpeechWords speech_words(const UiStrings& strings, const std::string& language) {
  return {strings.get(language, "speech.chosen"), strings.get(language, "speech.button"),
          strings.get(language, "speech.not_available"), strings.get(language, "speech.field")};
}

void ReadAloud::set_on(bool on) {
  if (!engine_) return;
  on_ = on;
  if (on) {
    engine_->check_output();
    pending_full_ = true;
  } else {
    engine_->stop();
  }
}

void ReadAloud::stop() {
  pending_full_ = false;
  if (engine_) engine_->stop();
}

void ReadAloud::volume_step(int delta) {
  if (!engine_) return;
  engine_->set_volume(engine_->volume() + delta);
  if (on_) pending_full_ = true;  // heard at the new volume straight away
}

void ReadAloud::chime() {
  if (!engine_) return;
  if (on_) {
    chime_pending_ = true;  // it opens the reading of the screen that asks
    return;
  }
  speech::Utterance chime;
  chime.language = language_;
  chime.chime = true;
  engine_->say(std::move(chime));
}

void ReadAloud::after_frame(const UiProbe& probe, const std::string& screen_key, const std::string& language,
                            const UiStrings& strings, bool settled, bool touched, const ProbeRect* tap_point,
                            int from_order) {
  if (!engine_) return;
  if (screen_key != screen_key_ || language != language_) {
    // Another screen or language: what was being said is about the last one.
    if (on_) engine_->stop();
    screen_key_ = screen_key;
    language_ = language;
    pending_full_ = true;
    said_lines_.clear();
  }
  if (touched) touched_since_read_ = true;
  if (!on_ || !settled) return;
  const speech::SpeechWords words = speech_words(strings, language);
  if (tap_point) {
    // The question under the finger and the answers that follow it, up to the next text.
    const auto all = ordered_lines(probe, from_order);
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].line.kind != speech::ScreenLine::Kind::Text ||
          !inside(all[i].rect, tap_point->x0, tap_point->y0))
        continue;
      std::vector<speech::ScreenLine> question{all[i].line};
      for (std::size_t j = i + 1; j < all.size() && all[j].line.kind != speech::ScreenLine::Kind::Text; ++j)
        question.push_back(all[j].line);
      engine_->say(speech::build_utterance(question, words, language));
      said_lines_ = spoken_lines(probe, from_order);
      pending_full_ = false;
      touched_since_read_ = false;
      return;
    }
  }
  std::vector<speech::ScreenLine> lines = spoken_lines(probe, from_order);
  if (pending_full_) {
    speech::Utterance utterance = speech::build_utterance(lines, words, language);
    utterance.chime = chime_pending_;
    chime_pending_ = false;
    engine_->say(std::move(utterance));
  } else if (touched_since_read_) {
    // Only what a touch brought (an error, a choice made): a clock ticking on screen is not news.
    const auto added = speech::lines_added(said_lines_, lines);
    if (!added.empty()) engine_->say(speech::build_utterance(added, words, language));
  } else {
    return;
  }
  said_lines_ = std::move(lines);
  pending_full_ = false;
  touched_since_read_ = false;
}

}  // namespace intake::ui
