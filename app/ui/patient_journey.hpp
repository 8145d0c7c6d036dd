#pragma once
// Where one patient is in their check-in: the step, the session being filled in, what every
// screen shares (the content's scroll, the keyboard focus, the missing-answer notes) and each
// screen's own state (JourneyScreens; a screen's header says what it keeps). Replaced by a
// fresh one (after wipe()) when a check-in ends or is abandoned, so the next patient can never
// reach the last one's data, not even with Back.
//
// A screen that needs to keep something between frames adds it to its own state struct in its
// header (screens/<name>_screen.hpp) and wipes it in that struct's wipe().
#include <string>

#include "session/intake_session.hpp"
#include "ui/keyboard_focus.hpp"
#include "ui/screens/about_you_screen.hpp"
#include "ui/screens/consent_screen.hpp"
#include "ui/screens/need_help_screen.hpp"
#include "ui/screens/questions_screen.hpp"
#include "ui/screens/review_screen.hpp"
#include "ui/screens/signature_screen.hpp"
#include "ui/screens/welcome_screen.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/scroll_view.hpp"

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

// The state of every journey screen that keeps any; the others keep nothing of their own.
struct JourneyScreens {
  AboutYouState about_you;
  QuestionsState questions;
  ConsentState consent;
  SignatureState signature;
  NeedHelpState need_help;  // the "Need help?" panel over the screen
  WelcomeState welcome;     // only how tall Welcome's block was
  void wipe();
};

struct PatientJourney {
  JourneyStep step = JourneyStep::Welcome;
  IntakeSession session;
  double step_started_at = 0.0;
  std::string record_id;  // the stored check-in's id, once saved

  // Shared by every screen (go_to_step resets them).
  ScrollState scroll;  // the current screen's content
  KeyboardFocus focus;
  bool show_missing = false;    // Next was tapped with something missing: explain beside it
  bool reveal_problem = false;  // scroll the first explained problem into view, once

  JourneyScreens screens;

  // What a field row or a problem note on the current screen works with.
  FieldHost field_host() { return {focus, scroll, reveal_problem}; }

  // Zeroes every piece of patient data held here (session, every screen's drafts, strokes).
  void wipe();
};

}  // namespace intake::ui
