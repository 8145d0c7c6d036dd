#pragma once
// How fast a patient reads and taps, for timing a check-in in the headless driver. The kiosk's
// clock is not moved by these figures; they are summed beside the walk.
//
// Where the figures come from:
//  - Reading: silent reading of non-fiction by adults averages 238 words a minute (Brysbaert,
//    "How many words do we read per minute? A review and meta-analysis of reading rate",
//    Journal of Memory and Language 109, 2019). That is the brisk pace. The slow pace is half
//    of it, 120 words a minute: our assumption for an older reader with reading glasses, or
//    one reading in a second language, on a screen (not a measured figure).
//  - Taps and drags: the Keystroke-Level Model (Card, Moran and Newell, "The Keystroke-Level
//    Model for User Performance Time with Interactive Systems", CACM 23(7), 1980) gives 1.1 s to
//    point at a target (brisk: the reading time already holds the decision) and 1.35 s of mental
//    preparation on top (slow: 1.1 + 1.35, about 2.5 s a tap or drag).
//  - Keys on the on-screen keyboard: the same model's keystroke times, 0.5 s for typing random
//    letters (brisk) and 1.2 s for a typist unfamiliar with the keyboard (slow).
//  - The signature: one gesture, plus 5 s to sign (our assumption, not a sourced figure).
namespace intake::testing {

struct Pace {
  const char* who;
  double words_per_minute;
  double seconds_per_gesture;  // a tap or a drag, with the decision before it
  double seconds_per_key;
  double seconds_to_sign;
};

inline constexpr Pace kBriskPace{"brisk reader (238 words a minute)", 238.0, 1.1, 0.5, 5.0};
inline constexpr Pace kSlowPace{"slow reader (120 words a minute)", 120.0, 2.5, 1.2, 5.0};

}  // namespace intake::testing
