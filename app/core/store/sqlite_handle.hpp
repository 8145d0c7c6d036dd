#pragma once
// RAII owners for SQLCipher's C handles, and the few helpers every store file needs.
// Statements copy what they bind (SQLITE_TRANSIENT), so callers may wipe their buffers
// right after binding; SQLCipher's cipher_memory_security wipes its own copies when freed.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/result.hpp"
#include "common/try.hpp"

namespace intake::store {

class Database {
 public:
  Database() = default;
  explicit Database(sqlite3* db) : db_(db) {}
  ~Database();
  Database(Database&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* get() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  static Result<Statement> prepare(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQL's ?1, ?2...
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind_blob(int index, std::span<const std::uint8_t> bytes);
  Statement& bind_null(int index);
  Statement& bind_optional(int index, const std::optional<std::string>& text);

  // true: a row is ready; false: done. `doing` names the operation in error messages.
  Result<bool> step(const char* doing);
  // Steps through every row, calling read(*this) on each; stops at the first error, from the
  // step or from `read` when it returns a Status:
  //   TRY(statement.for_each_row("listing staff", [&](const Statement& row) { out.push_back(...); }));
  template <typename ReadRow>
  Status for_each_row(const char* doing, ReadRow&& read);
  // Runs a statement that returns no rows.
  Status run(const char* doing);
  void reset();
  sqlite3_stmt* raw() const { return stmt_; }

  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::int64_t integer(int column) const;
  std::vector<std::uint8_t> blob(int column) const;
  // Valid until the next step/reset: hashes big PDFs without copying them.
  std::span<const std::uint8_t> blob_view(int column) const;
  bool is_null(int column) const;

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

template <typename ReadRow>
Status Statement::for_each_row(const char* doing, ReadRow&& read) {
  while (true) {
    if (!TRY(step(doing))) return ok_status();
    if constexpr (std::is_void_v<std::invoke_result_t<ReadRow&, const Statement&>>) {
      read(static_cast<const Statement&>(*this));
    } else {
      TRY(read(static_cast<const Statement&>(*this)));
    }
  }
}

// Runs one or more statements with no parameters and no rows (schema, pragmas).
Status exec_sql(sqlite3* db, const char* sql, const char* doing);

// BEGIN IMMEDIATE takes the write lock up front, so a writer never has to upgrade a read
// lock (the upgrade is what produces "database is locked" despite a busy timeout).
// Rolls back in the destructor unless commit() succeeded.
class WriteTransaction {
 public:
  static Result<WriteTransaction> begin(sqlite3* db);
  ~WriteTransaction();
  WriteTransaction(WriteTransaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  WriteTransaction& operator=(WriteTransaction&&) = delete;
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  Status commit();

 private:
  explicit WriteTransaction(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;  // null once committed or rolled back
};

// A read transaction: every query inside sees the same snapshot (WAL readers never block
// writers). Ends in the destructor.
class ReadTransaction {
 public:
  static Result<ReadTransaction> begin(sqlite3* db);
  ~ReadTransaction();
  ReadTransaction(ReadTransaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  ReadTransaction& operator=(ReadTransaction&&) = delete;
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  explicit ReadTransaction(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

}  // namespace intake::store
