// The record searches the staff queue and `records list` run are planned over the indexes
// schema.cpp made for them: read back with SQLite's EXPLAIN QUERY PLAN on a real store, every
// filtered page and count searches an index, and none reads the whole records table.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "store/record_search_plan.hpp"
#include "store/record_write.hpp"
#include "store/sqlite_handle.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;

namespace {

// EXPLAIN QUERY PLAN's detail lines for the planned query, with its parameters bound.
std::vector<std::string> plan_of(Store& store, const PageQuery& page) {
  auto statement = Statement::prepare(store.handle(), "EXPLAIN QUERY PLAN " + page.sql);
  REQUIRE(statement);
  for (std::size_t i = 0; i < page.parameters.size(); ++i)
    statement->bind(static_cast<int>(i + 1), page.parameters[i]);
  std::vector<std::string> details;
  while (true) {
    auto row = statement->step("explaining the search");
    REQUIRE(row);
    if (!*row) break;
    details.push_back(statement->text(3));
  }
  return details;
}

bool reads_whole_records_table(const std::vector<std::string>& plan) {
  for (const std::string& line : plan)
    if (line.rfind("SCAN records", 0) == 0 && line.find("INDEX") == std::string::npos) return true;
  return false;
}

// An index, or the primary key of a table without rowids (the name-word index is one).
bool searches_an_index(const std::vector<std::string>& plan) {
  for (const std::string& line : plan)
    if (line.rfind("SEARCH", 0) == 0 &&
        (line.find("INDEX") != std::string::npos || line.find("PRIMARY KEY") != std::string::npos))
      return true;
  return false;
}

std::string joined(const std::vector<std::string>& plan) {
  std::string text;
  for (const std::string& line : plan) text += "  " + line + "\n";
  return text;
}

}  // namespace

TEST_CASE("every filtered queue page and count searches an index, never the whole table",
          "[store][records][search]") {
  TempDir dir;
  Store store = open_or_fail(dir.path());
  for (int n = 1; n <= 40; ++n) REQUIRE(insert_submitted_record(store, sample_record(n)));

  RecordQuery today;  // what the staff queue asks for: one day, a page at a time
  today.created_from = "2026-11-21";
  today.created_before = "2026-11-22";
  today.limit = 7;
  RecordQuery queue = today;
  queue.order = RecordOrder::queue;
  RecordQuery flagged = queue;
  flagged.flagged_only = true;
  RecordQuery unreviewed = queue;
  unreviewed.unreviewed_only = true;
  RecordQuery born;
  born.date_of_birth = "1960-05-10";
  RecordQuery name;
  name.name = "givenname1";
  RecordQuery common_name = name;

  struct Case {
    const char* what;
    RecordQuery query;
    PrefixSpread spread;
  };
  const std::vector<Case> cases = {
      {"newest first, one day", today, PrefixSpread::narrow},
      {"queue order, one day", queue, PrefixSpread::narrow},
      {"flagged only", flagged, PrefixSpread::narrow},
      {"not reviewed", unreviewed, PrefixSpread::narrow},
      {"date of birth", born, PrefixSpread::narrow},
      {"a name", name, PrefixSpread::narrow},
      {"a common name prefix", common_name, PrefixSpread::common},
  };
  for (const Case& c : cases) {
    for (PageWanted wanted : {PageWanted::rows, PageWanted::count}) {
      const PageQuery page = plan_record_page(c.query, wanted, c.spread);
      const std::vector<std::string> plan = plan_of(store, page);
      INFO(c.what << (wanted == PageWanted::count ? " (count)" : " (page)") << ": " << page.sql << "\n"
                  << joined(plan));
      CHECK_FALSE(reads_whole_records_table(plan));
      CHECK(searches_an_index(plan));
    }
  }
}

TEST_CASE("both orders are written once, for the page and for its rows", "[store][records][search]") {
  CHECK(record_order_by(RecordOrder::queue, "r.") ==
        " ORDER BY r.status = 'reviewed', r.flag_level DESC, r.created_at, r.record_no");
  CHECK(record_order_by(RecordOrder::newest_first, "") == " ORDER BY created_at DESC, record_no DESC");
  RecordQuery queue;
  queue.order = RecordOrder::queue;
  CHECK(plan_record_page(queue, PageWanted::rows).sql.find(record_order_by(RecordOrder::queue, "")) !=
        std::string::npos);
}
