#pragma once
// How long a check-in takes, as Welcome tells the patient ("about 10 to 30 minutes"). The range
// is measured, not guessed: tests/ui/test_check_in_time.cpp walks a full check-in in the
// headless driver at a brisk and at a slow reader's pace (tests/ui/reading_pace.hpp says where
// the paces come from), prints both times, and fails when they fall outside this range.
namespace intake::ui {

struct CheckInMinutes {
  int low;
  int high;
};

// Measured (English and Spanish): 12.7 to 13.5 minutes at the brisk pace, 25.8 to 27.3 at the
// slow one; rounded out to whole five minutes.
inline constexpr CheckInMinutes kCheckInMinutes{10, 30};

}  // namespace intake::ui
