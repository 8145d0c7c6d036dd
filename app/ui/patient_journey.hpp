#pragma once
// Where one patient is in their check-in, and everything the screens keep while they tap.
// Replaced by a fresh one (after wipe()) when a check-in ends or is abandoned, so the next
// patient can never reach the last one's data, not even with Back.
#include <future>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "session/intake_session.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/signature_pad.hpp"

namespace intake::ui {

enum class JourneyStep {
  Welcome,
  AboutYou,
  Guardian,
  Questions,
  BeforeConsent,
  Consent,
  Review,
  Signature,
  GuardianSignature,
  Submitting,
  ThankYou,
  FrontDesk,
};

// A text field on the current screen, registered while the screen draws, so the keyboard
// knows what to edit and where Done goes next.
struct EditableField {
  std::string id;
  std::string* text = nullptr;
  KeyboardLayout layout = KeyboardLayout::Letters;
  std::size_t max_length = 100;
  float content_y0 = 0.f;  // where it sits in the scroll view's content, to keep it in view
  float content_y1 = 0.f;
};

// Day / month / year typed on the numeric keypad.
struct DateDraft {
  std::string day, month, year;
  bool empty() const { return day.empty() && month.empty() && year.empty(); }
  void wipe();
};

struct PatientJourney {
  JourneyStep step = JourneyStep::Welcome;
  IntakeSession session;
  std::size_t page = 0;  // the questionnaire page being shown

  // Editing state that is not yet an answer.
  DateDraft birth_date;
  std::map<std::string, DateDraft, std::less<>> date_answers;     // date questions
  std::map<std::string, std::string, std::less<>> number_answers;  // number questions, as typed
  std::string initials_draft;
  bool initials_confirmed = false;
  bool confirming_initials = false;
  std::optional<std::string> pending_initial_section;  // section tapped before confirming
  bool consent_read_to_end = false;  // stays true when the patient comes back to the consent
  bool certified_answers = false;
  bool certified_signature = false;
  bool show_missing = false;  // Next was tapped with something missing: explain beside it
  bool reveal_problem = false;  // scroll the first explained problem into view, once
  std::string signature_problem;

  // Keyboard focus and the fields of this frame's screen.
  std::string focused_field;
  KeyboardState keyboard;
  KeyboardLayout keyboard_layout = KeyboardLayout::Letters;
  std::string revealed_field;  // the focused field last scrolled into view
  std::vector<EditableField> fields;

  ScrollState scroll;  // the current screen's content
  SignaturePadState pad;
  SignaturePadState guardian_pad;

  // Submission in progress (never on the UI thread) and its outcome.
  std::future<Result<std::string>> submitting;
  std::string record_id;
  double step_started_at = 0.0;

  // Zeroes every piece of patient data held here (session, drafts, strokes).
  void wipe();
};

}  // namespace intake::ui
