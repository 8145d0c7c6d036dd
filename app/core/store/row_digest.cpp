#include "store/row_digest.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"

namespace intake::store {

std::string row_digest(const Statement& statement, int column_limit) {
  nlohmann::json row = nlohmann::json::object();
  sqlite3_stmt* stmt = statement.raw();
  const int all_columns = sqlite3_column_count(stmt);
  const int columns = column_limit < 0 ? all_columns : std::min(column_limit, all_columns);
  for (int i = 0; i < columns; ++i) {
    const char* name = sqlite3_column_name(stmt, i);
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_NULL: row[name] = nullptr; break;
      case SQLITE_INTEGER: row[name] = statement.integer(i); break;
      case SQLITE_BLOB: row[name] = sha256_hex(statement.blob_view(i)); break;
      default: row[name] = statement.text(i); break;
    }
  }
  // dump() of an object is canonical: std::map keeps keys sorted. Invalid UTF-8 is replaced
  // rather than thrown on: a digest must never crash verification of a tampered row.
  std::string canonical = row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string digest = sha256_hex(canonical);
  intake::secure_wipe(canonical);
  return digest;
}

}  // namespace intake::store
