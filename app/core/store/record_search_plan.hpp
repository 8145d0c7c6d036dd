#pragma once
// How a record search becomes SQL (the staff queue, `records list`, the archive's ranges): which
// index drives it, the filters written exactly as the partial indexes' WHERE clauses, one
// ORDER BY per order, and a page as LIMIT/OFFSET over an index, so a page stays fast with
// 100,000 records. record_read.cpp runs what this plans; tests read the plans back with
// EXPLAIN QUERY PLAN.
#include <sqlite3.h>

#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/record_read.hpp"

namespace intake::store {

// The inner query of a list or a count: which record_nos match, in order, one page of them.
struct PageQuery {
  std::string sql;
  std::vector<std::string> parameters;  // ?1, ?2... in order
};

enum class PageWanted { rows, count };

// How many records the search's driving name prefix matches. Narrow: the name-word index,
// which carries created_at, pages through the matches newest first. Common: sorting thousands
// of entries would cost more than walking the records' date index newest first and probing
// each record for its words until a page is full.
enum class PrefixSpread { narrow, common };

// " ORDER BY ..." for `order`, over the records columns of `table` ("" or "r.").
std::string record_order_by(RecordOrder order, const std::string& table);

// The spread of the query's driving name word (narrow when the query has no name).
Result<PrefixSpread> name_prefix_spread(sqlite3* db, const RecordQuery& query);

PageQuery plan_record_page(const RecordQuery& query, PageWanted wanted,
                           PrefixSpread spread = PrefixSpread::narrow);

}  // namespace intake::store
