#include "store/connection_clock.hpp"

#include <cstdio>
#include <cstdlib>

namespace intake::store {

namespace {
constexpr const char* kClockClientData = "intake.clock";
}

void attach_connection_clock(sqlite3* db, const Clock& clock) {
  sqlite3_set_clientdata(db, kClockClientData, new Clock(clock),
                         [](void* p) { delete static_cast<Clock*>(p); });
}

const Clock& connection_clock(sqlite3* db) {
  const auto* clock = static_cast<const Clock*>(sqlite3_get_clientdata(db, kClockClientData));
  if (clock == nullptr || !clock->now) {
    std::fputs("intake-kiosk: a store connection without a clock was asked for the time\n", stderr);
    std::abort();
  }
  return *clock;
}

}  // namespace intake::store
