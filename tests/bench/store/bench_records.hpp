#pragma once
// Synthetic records for the benchmarks: 100,000 check-ins over two years with realistic names
// (accents, double family names), about one in nine flagged for review and one in forty a stop.
#include <chrono>
#include <cstddef>

#include "store/record_write.hpp"
#include "store/store.hpp"

namespace intake::bench {

inline constexpr int kRecords = 100000;

store::NewRecord make_record(int n, std::chrono::system_clock::time_point created, std::size_t pdf_size);

// Fills `store` up to kRecords (nothing when it has them already), spread over the two years
// before now; prints how long it took. Exits the process when a write fails.
void fill(store::Store& store);

}  // namespace intake::bench
