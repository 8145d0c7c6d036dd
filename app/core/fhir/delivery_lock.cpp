#include "fhir/delivery_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "store/store_error.hpp"

namespace intake::fhir {

Result<DeliveryLock> DeliveryLock::acquire(const std::filesystem::path& data_dir, Wait wait) {
  const auto path = data_dir / kDeliveryLockFile;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return store::store_error(store::kExitStoreFailure,
                              "The FHIR delivery lock " + path.string() + " cannot be opened.");
  const int operation = LOCK_EX | (wait == Wait::no ? LOCK_NB : 0);
  int rc = 0;
  do {
    rc = ::flock(fd, operation);
  } while (rc != 0 && errno == EINTR);
  if (rc != 0 && errno == EWOULDBLOCK) return DeliveryLock(fd, false);
  if (rc != 0) {
    ::close(fd);
    return store::store_error(store::kExitStoreFailure,
                              "The FHIR delivery lock " + path.string() + " cannot be taken.");
  }
  return DeliveryLock(fd, true);
}

DeliveryLock::~DeliveryLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the flock
}

}  // namespace intake::fhir
