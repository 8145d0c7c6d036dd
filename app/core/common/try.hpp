#pragma once
// TRY(expr): the error plumbing of a Result in one word. It evaluates expr (a Result or Status);
// on an error it returns that error from the enclosing function (which returns a Result or
// Status), else it is expr's value:
//   TRY(store::set_settings(store, changed, actor));        // was: if (auto st = ...; !st) return st;
//   const Ok done = TRY(write_atomically(path, bytes));
// A GNU statement expression (g++ and clang have it): the only way a macro can both return from
// the caller and yield a value.
#include <utility>

#include "common/result.hpp"

#define TRY(...)                                  \
  ({                                              \
    auto&& try_result_ = (__VA_ARGS__);           \
    if (!try_result_) return try_result_.error(); \
    std::move(try_result_).value();               \
  })
