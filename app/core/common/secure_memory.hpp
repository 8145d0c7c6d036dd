#pragma once
// Patient data is wiped from memory when a session ends: the optimiser may not drop these writes.
#include <string>
#include <vector>

namespace intake {

void secure_wipe(void* data, std::size_t size);
void secure_wipe(std::string& text);  // zeroes the whole capacity, then clears

template <class T>
void secure_wipe(std::vector<T>& items) {
  if (!items.empty()) secure_wipe(items.data(), items.size() * sizeof(T));
  items.clear();
}

}  // namespace intake
