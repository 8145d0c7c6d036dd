#include "common/secure_memory.hpp"

#include <sodium.h>

namespace intake {

void secure_wipe(void* data, std::size_t size) { sodium_memzero(data, size); }

void secure_wipe(std::string& text) {
  // Zero the full capacity: a shorter string may have left older characters past size().
  text.resize(text.capacity());
  sodium_memzero(text.data(), text.size());
  text.clear();
}

}  // namespace intake
