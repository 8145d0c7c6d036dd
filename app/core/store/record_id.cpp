#include "store/record_id.hpp"

#include <sodium.h>

namespace intake::store {

namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

bool is_crockford(char c) {
  for (const char* p = kCrockford; *p != '\0'; ++p)
    if (*p == c) return true;
  return false;
}
}  // namespace

std::string make_record_id(std::string_view date) {
  std::string id = "R-";
  for (char c : date.substr(0, 10))
    if (c != '-') id.push_back(c);
  id.push_back('-');
  for (int i = 0; i < 6; ++i) id.push_back(kCrockford[randombytes_uniform(32)]);
  return id;
}

bool is_valid_record_id(std::string_view id) {
  if (id.size() != 17 || !id.starts_with("R-") || id[10] != '-') return false;
  for (std::size_t i = 2; i < 10; ++i)
    if (id[i] < '0' || id[i] > '9') return false;
  for (std::size_t i = 11; i < 17; ++i)
    if (!is_crockford(id[i])) return false;
  return true;
}

}  // namespace intake::store
