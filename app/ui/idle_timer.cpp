#include "ui/idle_timer.hpp"

#include <algorithm>
#include <cmath>

namespace intake::ui {

IdleTimer::Outcome IdleTimer::update(double now, bool touched, bool holds_data, const IdleTimings& timings) {
  // While "Are you still there?" shows, only its button answers it (the overlay takes every
  // touch), so a stray touch cannot keep another person's data on screen.
  if (touched && asking_since_ < 0) {
    last_activity_ = now;
    return Outcome::keep;
  }
  if (!holds_data) {
    asking_since_ = -1.0;
    return Outcome::keep;
  }
  if (asking_since_ < 0 && now - last_activity_ >= timings.inactivity_seconds) asking_since_ = now;
  if (asking_since_ >= 0 && now - asking_since_ >= timings.countdown_seconds) return Outcome::time_out;
  return Outcome::keep;
}

void IdleTimer::restart(double now) {
  asking_since_ = -1.0;
  last_activity_ = now;
}

int IdleTimer::seconds_left(double now, const IdleTimings& timings) const {
  return std::max(0, static_cast<int>(std::ceil(timings.countdown_seconds - (now - asking_since_))));
}

double IdleTimer::wake_after(double now, bool holds_data, const IdleTimings& timings) const {
  if (asking_since_ >= 0) return 1.0 - std::fmod(now - asking_since_, 1.0);  // the countdown's next tick
  if (holds_data) return std::max(0.05, last_activity_ + timings.inactivity_seconds - now);
  return -1.0;
}

}  // namespace intake::ui
