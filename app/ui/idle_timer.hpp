#pragma once
// Patient mode's idle timer: after inactivity_seconds without a touch while a check-in holds
// data, "Are you still there?" shows; countdown_seconds later, unanswered, the check-in is
// wiped. Plain time arithmetic on the host's clock (seconds), no ImGui.
namespace intake::ui {

struct IdleTimings {
  double inactivity_seconds = 90.0;  // no touch for this long: "Are you still there?"
  double countdown_seconds = 30.0;   // then this long to answer before everything is wiped
  // On reading steps (consent, review, signature) a patient reads for minutes between touches.
  double reading_inactivity_seconds = 180.0;
  // The timings in force on a step: reading steps wait reading_inactivity_seconds.
  IdleTimings on_step(bool reading_step) const {
    IdleTimings timings = *this;
    if (reading_step) timings.inactivity_seconds = reading_inactivity_seconds;
    return timings;
  }
};

class IdleTimer {
 public:
  enum class Outcome { keep, time_out };

  // Once a frame, before drawing. touched: any input this frame. holds_data: the journey has
  // something of the patient's to lose. Returns time_out when the countdown ran out.
  Outcome update(double now, bool touched, bool holds_data, const IdleTimings& timings);
  // "I'm here" was tapped, or a new check-in starts: the timer starts again from now.
  void restart(double now);
  bool asking() const { return asking_since_ >= 0; }
  // Whole seconds left on the countdown, for the screen.
  int seconds_left(double now, const IdleTimings& timings) const;
  // When the host should wake next for this timer (< 0: no need).
  double wake_after(double now, bool holds_data, const IdleTimings& timings) const;

 private:
  double last_activity_ = 0.0;
  double asking_since_ = -1.0;
};

}  // namespace intake::ui
