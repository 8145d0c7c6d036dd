#pragma once
// Only one sender works on a store's outbox at a time: the kiosk's delivery worker and a
// `fhir send` from a shell would otherwise both POST the same row, and two conditional creates
// racing on the server can each find nothing and both create. The lock is an flock on
// <data dir>/fhir-delivery.lock (an empty file), so a SIGKILLed sender never leaves it held.
#include <filesystem>

#include "common/result.hpp"

namespace intake::fhir {

inline constexpr const char* kDeliveryLockFile = "fhir-delivery.lock";

class DeliveryLock {
 public:
  enum class Wait { no, yes };
  // Without waiting, a lock held by another sender gives an empty optional-like result
  // (held() == false); a lock file that cannot be made is an Error.
  static Result<DeliveryLock> acquire(const std::filesystem::path& data_dir, Wait wait);
  DeliveryLock(DeliveryLock&& other) noexcept : fd_(other.fd_), held_(other.held_) { other.fd_ = -1; }
  DeliveryLock& operator=(DeliveryLock&&) = delete;
  DeliveryLock(const DeliveryLock&) = delete;
  ~DeliveryLock();

  bool held() const { return held_; }

 private:
  DeliveryLock(int fd, bool held) : fd_(fd), held_(held) {}
  int fd_ = -1;
  bool held_ = false;
};

}  // namespace intake::fhir
