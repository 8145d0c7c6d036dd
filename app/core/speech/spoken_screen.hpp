#pragma once
// What a screen says when it is read aloud, built from what the screen drew (its texts and
// touchable items, in drawing order), so a new question in a form file is read with no new code.
#include <span>
#include <string>
#include <vector>

namespace intake::speech {

// One thing drawn on the screen, as the UI's probe recorded it.
struct ScreenLine {
  enum class Kind { Text, Button, Choice, Field };
  Kind kind = Kind::Text;
  std::string text;       // the visible words
  bool selected = false;  // a choice that is on
  bool enabled = true;
};

// The few words read aloud around the screen's own text, in the patient's language (from the
// UI's string files).
struct SpeechWords {
  std::string chosen = "chosen";                    // after a choice that is on
  std::string button = "button";                    // after a button's label
  std::string not_available = "not available yet";  // after a button that cannot be used yet
  std::string field = "box to write in";            // after a text box's label
};

struct Utterance {
  std::string language;            // "en", "es": picks the voice
  std::vector<std::string> parts;  // spoken in turn; each ends so the voice pauses after it
  bool chime = false;              // a two-note chime first ("Are you still there?")
  std::string text() const;        // the parts, one a line (what --speech-out writes as NNN.txt)
  bool empty() const { return parts.empty() && !chime; }
};

// Each line becomes one part: texts as drawn (line breaks become spaces), choices with "chosen"
// when on, buttons and text boxes named as such. A line the same as the one before is said once.
Utterance build_utterance(std::span<const ScreenLine> lines, const SpeechWords& words,
                          const std::string& language);

// Lines of `now` that `before` did not have (an error that appeared, a choice just made):
// what is read when a screen changes without being a new screen.
std::vector<ScreenLine> lines_added(std::span<const ScreenLine> before, std::span<const ScreenLine> now);

}  // namespace intake::speech
