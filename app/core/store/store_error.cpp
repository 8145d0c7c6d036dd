#include "store/store_error.hpp"

#include <sqlite3.h>

#include <cerrno>

namespace intake::store {

Error sqlite_error(sqlite3* db, int rc, const char* doing) {
  const int primary = rc & 0xff;
  const int system_errno = db != nullptr ? sqlite3_system_errno(db) : 0;
  switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      // Once the key has been checked at open, NOTADB means a page failed its HMAC.
      return store_error(kExitCorrupt,
                         "The store file is damaged (a page failed its integrity check); "
                         "restore it from a backup.");
    case SQLITE_READONLY:
      return store_error(kExitReadOnly,
                         "The store cannot be written because its file or directory is "
                         "read-only.");
    case SQLITE_FULL:
      return store_error(kExitDiskFull, "The disk holding the store is full, so nothing was saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return store_error(kExitBusy, "The store stayed busy with another program for too long; try again.");
    case SQLITE_CANTOPEN:
      if (system_errno == EACCES || system_errno == EROFS || system_errno == EPERM)
        return store_error(kExitReadOnly,
                           "The store cannot be opened for writing because its directory is "
                           "read-only.");
      break;
    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG)
        return store_error(kExitDiskFull, "The disk holding the store is full, so nothing was saved.");
      if (system_errno == EROFS || system_errno == EACCES)
        return store_error(kExitReadOnly,
                           "The store cannot be written because its file or directory is "
                           "read-only.");
      break;
    default: break;
  }
  std::string message = "The store failed while ";
  message += doing;
  message += " (SQLite: ";
  message += sqlite3_errstr(rc);
  message += ").";
  return store_error(kExitStoreFailure, std::move(message));
}

}  // namespace intake::store
