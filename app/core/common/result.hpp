#pragma once
// Errors are values the caller shows (a screen, a CLI message), never exceptions across layers.
// g++ 12 has no std::expected, so this is the small subset of it we use.
#include <string>
#include <utility>
#include <variant>

namespace intake {

struct Error {
  std::string message;  // one clear sentence, safe to show to staff (never patient data)
  int code = 1;         // distinct process exit code for the CLI; 1 = generic failure
  // A lang-file key ("error.print.no_printer") a screen shows instead of `message` in the staff's
  // language; "" when the message has no translation of its own.
  std::string key = {};
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace intake
