#pragma once
// A finished check-in being saved off the UI thread, and the reason the last one could not be
// saved (kept until one is saved; staff see it on the queue).
#include <functional>
#include <future>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "session/intake_session.hpp"

namespace intake::ui {

// Stores a finished check-in; returns the new record id or an error. Runs off the UI thread.
using SubmitFunction = std::function<Result<std::string>(const IntakeSession&)>;

class PendingSubmission {
 public:
  PendingSubmission() = default;
  ~PendingSubmission() { wait(); }
  PendingSubmission(const PendingSubmission&) = delete;
  PendingSubmission& operator=(const PendingSubmission&) = delete;

  // Starts saving `session`, which must stay untouched until the outcome is taken (the
  // Submitting screen shows only a spinner, and starting over waits). Without a submit
  // function the outcome is an error at once.
  void start(const SubmitFunction& submit, const IntakeSession& session);
  bool running() const { return running_.valid(); }
  // The outcome once the worker is done (the record id, or why not); nullopt while it runs.
  // A failure's message is kept as problem() until a later check-in is saved.
  std::optional<Result<std::string>> poll();
  void wait() {
    if (running_.valid()) running_.wait();
  }
  const std::string& problem() const { return problem_; }

 private:
  std::future<Result<std::string>> running_;
  std::string problem_;  // why the last check-in could not be saved; "" once one is
};

}  // namespace intake::ui
