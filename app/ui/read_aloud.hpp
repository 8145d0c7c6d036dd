#pragma once
// Read aloud for patient screens: when it is on, each screen is read once it has settled, from
// the same strings it drew (the probe); what appears after a touch (an error, a choice made) is
// read on its own; tapping a question's text reads that question and its choices again. A new
// screen or language stops what is being said. Nothing here waits: the engine speaks on its
// own thread.
#include <memory>
#include <string>
#include <vector>

#include "speech/speech_engine.hpp"
#include "speech/spoken_screen.hpp"
#include "ui/ui_probe.hpp"
#include "ui/ui_strings.hpp"

namespace intake::ui {

// The probe as lines to read, in drawing order; items that are not spoken (keyboard keys, the
// read-aloud controls themselves) are left out.
// from_order: only what was drawn from there on (an overlay over a screen).
std::vector<speech::ScreenLine> spoken_lines(const UiProbe& probe, int from_order = 0);
speech::SpeechWords speech_words(const UiStrings& strings, const std::string& language);

class ReadAloud {
 public:
  explicit ReadAloud(std::shared_ptr<speech::SpeechEngine> engine) : engine_(std::move(engine)) {}

  bool available() const { return engine_ != nullptr; }
  bool on() const { return on_; }
  void set_on(bool on);
  void repeat() { pending_full_ = true; }
  void stop();
  void volume_step(int delta);
  // "No speaker found" and the like, or "" (from the engine's worker).
  std::string problem() const { return engine_ ? engine_->problem() : std::string(); }
  // The warning chime (played whether or not read aloud is on: it calls a patient back).
  void chime();

  // After every frame. screen_key names what is shown (step, page, overlay); settled: the
  // picture is still (the probe holds its final layout); tap: where a finger lifted this frame
  // on no button (reads the text there again), or null.
  // from_order: read only what was drawn from there on (an overlay over the screen).
  void after_frame(const UiProbe& probe, const std::string& screen_key, const std::string& language,
                   const UiStrings& strings, bool settled, bool touched, const ProbeRect* tap_point,
                   int from_order = 0);

 private:
  std::shared_ptr<speech::SpeechEngine> engine_;
  bool on_ = false;
  bool pending_full_ = false;
  bool chime_pending_ = false;
  bool touched_since_read_ = false;
  std::string screen_key_;
  std::string language_;
  std::vector<speech::ScreenLine> said_lines_;
};

}  // namespace intake::ui
