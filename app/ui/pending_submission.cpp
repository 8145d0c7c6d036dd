#include "ui/pending_submission.hpp"

#include <chrono>

namespace intake::ui {

void PendingSubmission::start(const SubmitFunction& submit, const IntakeSession& session) {
  if (!submit) {
    running_ = std::async(std::launch::deferred, [] {
      return Result<std::string>(Error{"This kiosk has no store to save check-ins to."});
    });
    return;
  }
  running_ = std::async(std::launch::async, submit, std::cref(session));
}

std::optional<Result<std::string>> PendingSubmission::poll() {
  if (!running_.valid()) return std::nullopt;
  const auto status = running_.wait_for(std::chrono::seconds(0));
  if (status == std::future_status::deferred)
    running_.wait();
  else if (status != std::future_status::ready)
    return std::nullopt;
  Result<std::string> outcome = running_.get();
  if (outcome)
    problem_.clear();
  else
    problem_ = outcome.error().message;
  return outcome;
}

}  // namespace intake::ui
