#include "store/record_search_plan.hpp"

#include <algorithm>
#include <cstdint>

#include "common/try.hpp"
#include "store/name_search_key.hpp"
#include "store/sqlite_handle.hpp"

namespace intake::store {
namespace {

class PageQueryBuilder {
 public:
  explicit PageQueryBuilder(const RecordQuery& query) : query_(query) {
    words_ = name_search_words(query.name);
  }

  const std::vector<std::string>& words() const { return words_; }

  // The longest word is usually the most selective: it drives, the others filter.
  const std::string& driving_word() const {
    return *std::max_element(words_.begin(), words_.end(),
                             [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  }

  // rows: "SELECT record_no ... LIMIT ... OFFSET ..."; count: "SELECT count(...)".
  PageQuery build(PageWanted wanted, PrefixSpread spread) {
    // A name search pages through the word index, which carries created_at, so the newest
    // matches are found without decrypting every matching record: staff expect a search to
    // answer at once. A common prefix walks the records' date index instead (PrefixSpread).
    const bool count = wanted == PageWanted::count;
    const bool by_words = !words_.empty() && query_.order == RecordOrder::newest_first;
    if (by_words && (count || spread == PrefixSpread::narrow)) return by_name(count);
    std::string where = " WHERE 1" + record_filters("", true);
    for (const std::string& word : words_)
      where += " AND " + (by_words ? word_probe(word) : word_clause("record_no", word));
    if (count) return {"SELECT count(*) FROM records" + where, std::move(parameters_)};
    return {"SELECT record_no FROM records" + where + record_order_by(query_.order, "") + limit(),
            std::move(parameters_)};
  }

 private:
  std::string parameter(std::string value) {
    parameters_.push_back(std::move(value));
    return "?" + std::to_string(parameters_.size());
  }

  std::string limit() const {
    return " LIMIT " + std::to_string(std::max<std::int64_t>(query_.limit, 0)) + " OFFSET " +
           std::to_string(std::max<std::int64_t>(query_.offset, 0));
  }

  // Filters on the records table. The flag and status clauses are written exactly as the
  // partial indexes' WHERE clauses (when unprefixed), so SQLite uses those indexes.
  std::string record_filters(const std::string& table, bool with_dates) {
    std::string where;
    if (query_.flagged_only) where += " AND " + table + "flag_level > 0";
    if (query_.unreviewed_only) where += " AND " + table + "status = 'submitted'";
    if (with_dates) where += date_filters(table);
    if (!query_.date_of_birth.empty())
      where += " AND " + table + "date_of_birth = " + parameter(query_.date_of_birth);
    return where;
  }

  std::string date_filters(const std::string& table) {
    std::string where;
    if (!query_.created_from.empty())
      where += " AND " + table + "created_at >= " + parameter(query_.created_from);
    if (!query_.created_before.empty())
      where += " AND " + table + "created_at < " + parameter(query_.created_before);
    return where;
  }

  // A prefix match as a range over the word index: [word, word with its last byte + 1).
  std::string word_range(const std::string& column, const std::string& word) {
    std::string upper = word;
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    const std::string low = parameter(word);
    return column + " >= " + low + " AND " + column + " < " + parameter(std::move(upper));
  }

  std::string word_clause(const std::string& record_no, const std::string& word) {
    return record_no + " IN (SELECT record_no FROM record_name_words WHERE " + word_range("word", word) + ")";
  }

  std::string word_probe(const std::string& word) {
    return "EXISTS (SELECT 1 FROM record_name_words w WHERE w.record_no = records.record_no AND " +
           word_range("w.word", word) + ")";
  }

  PageQuery by_name(bool count) {
    const auto driving = words_.begin() + (&driving_word() - words_.data());
    const bool needs_records = query_.flagged_only || query_.unreviewed_only || !query_.date_of_birth.empty();
    std::string from = " FROM record_name_words w";
    if (needs_records) from += " JOIN records r ON r.record_no = w.record_no";
    std::string where = " WHERE " + word_range("w.word", *driving) + date_filters("w.");
    if (needs_records) where += record_filters("r.", false);
    for (auto it = words_.begin(); it != words_.end(); ++it)
      if (it != driving) where += " AND " + word_clause("w.record_no", *it);
    // A prefix may match two words of one name ("gar": García-Garrido): count it once.
    if (count) return {"SELECT count(DISTINCT w.record_no)" + from + where, std::move(parameters_)};
    return {"SELECT w.record_no" + from + where + " GROUP BY w.record_no" +
                record_order_by(RecordOrder::newest_first, "w.") + limit(),
            std::move(parameters_)};
  }

  const RecordQuery& query_;
  std::vector<std::string> words_;
  std::vector<std::string> parameters_;
};

// How many index entries a prefix matches, counting no further than `cap` (cheap either way).
Result<std::int64_t> prefix_matches(sqlite3* db, const std::string& word, std::int64_t cap) {
  std::string upper = word;
  upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
  auto statement = TRY(Statement::prepare(
      db,
      "SELECT count(*) FROM (SELECT 1 FROM record_name_words WHERE word >= ?1 AND word < ?2 "
      "LIMIT ?3)"));
  statement.bind(1, word).bind(2, upper).bind(3, cap);
  auto row = TRY(statement.step("searching names"));
  return row ? statement.integer(0) : std::int64_t{0};
}

// Above this many matches, walking the date index and probing is cheaper than sorting them
// (benchmark: "m" over 100,000 records, 270 ms sorting against about 1 ms walking).
constexpr std::int64_t kCommonPrefix = 2000;

}  // namespace

std::string record_order_by(RecordOrder order, const std::string& table) {
  // The queue triages: what still needs a practitioner first (STOP, then REVIEW, then no flags,
  // oldest first), then the reviewed ones, whose decision the row shows.
  if (order == RecordOrder::queue)
    return " ORDER BY " + table + "status = 'reviewed', " + table + "flag_level DESC, " + table +
           "created_at, " + table + "record_no";
  return " ORDER BY " + table + "created_at DESC, " + table + "record_no DESC";
}

Result<PrefixSpread> name_prefix_spread(sqlite3* db, const RecordQuery& query) {
  PageQueryBuilder builder(query);
  if (builder.words().empty()) return PrefixSpread::narrow;
  auto matches = TRY(prefix_matches(db, builder.driving_word(), kCommonPrefix));
  return matches >= kCommonPrefix ? PrefixSpread::common : PrefixSpread::narrow;
}

PageQuery plan_record_page(const RecordQuery& query, PageWanted wanted, PrefixSpread spread) {
  return PageQueryBuilder(query).build(wanted, spread);
}

}  // namespace intake::store
