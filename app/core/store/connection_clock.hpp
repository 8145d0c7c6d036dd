#pragma once
// The clock a connection was opened with rides on its sqlite3 handle (like the audit seal), so
// every function that writes a time through a sqlite3* reads the same clock without a new
// parameter.
#include <sqlite3.h>

#include "common/clock.hpp"

namespace intake::store {

void attach_connection_clock(sqlite3* db, const Clock& clock);  // the handle owns the copy
// The clock open_store attached. A connection without one (a bare handle opened to inspect a
// file) never writes times; asking it for one is a programming error and aborts.
const Clock& connection_clock(sqlite3* db);
inline TimePoint connection_now(sqlite3* db) { return connection_clock(db).now(); }

}  // namespace intake::store
