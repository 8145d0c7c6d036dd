#include "submission/untrusted_json.hpp"

#include <fmt/format.h>

#include <set>
#include <vector>

#include "submission/json_wipe.hpp"

namespace intake::submission {
namespace {

using json = nlohmann::json;
using DomParser = nlohmann::detail::json_sax_dom_parser<json>;

// A key as it may appear in a message: printable ASCII only, and not too long.
std::string printable_key(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (out.size() >= 40) return out + "...";
    out += (c >= 0x20 && c < 0x7f && c != '"') ? c : '?';
  }
  return out;
}

// Forwards to nlohmann's own DOM builder; returning false stops the parse at once.
class CheckingSax {
 public:
  explicit CheckingSax(json& result) : dom_(result, false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool value) { return dom_.boolean(value); }
  bool number_integer(json::number_integer_t value) { return dom_.number_integer(value); }
  bool number_unsigned(json::number_unsigned_t value) { return dom_.number_unsigned(value); }
  bool number_float(json::number_float_t value, const std::string& text) {
    return dom_.number_float(value, text);
  }
  bool string(std::string& value) { return dom_.string(value); }
  bool binary(json::binary_t& value) { return dom_.binary(value); }
  bool start_object(std::size_t size) { return open(true) && dom_.start_object(size); }
  bool end_object() {
    close();
    return dom_.end_object();
  }
  bool start_array(std::size_t size) { return open(false) && dom_.start_array(size); }
  bool end_array() {
    close();
    return dom_.end_array();
  }
  bool key(std::string& name) {
    Level& level = levels_.back();
    if (!level.keys.insert(name).second) {
      problem_ = fmt::format("has the key \"{}\" twice{}", printable_key(name), where());
      return false;
    }
    level.current_key = name;
    return dom_.key(name);
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    syntax_error_at_ = position;
    return false;
  }

  const std::string& problem() const { return problem_; }
  std::size_t syntax_error_at() const { return syntax_error_at_; }

 private:
  struct Level {
    bool object = false;
    std::set<std::string> keys;
    std::string current_key;
  };

  bool open(bool object) {
    if (static_cast<int>(levels_.size()) >= kMaxJsonDepth) {
      problem_ = fmt::format("is nested more than {} levels deep (the nesting limit)", kMaxJsonDepth);
      return false;
    }
    levels_.push_back({object, {}, {}});
    return true;
  }
  void close() {
    if (!levels_.empty()) levels_.pop_back();
  }
  // " (in answers)", " (in patient)": where the duplicate sits, by field names only.
  std::string where() const {
    std::string path;
    for (std::size_t i = 0; i + 1 < levels_.size(); ++i) {
      if (!levels_[i].object) continue;
      if (!path.empty()) path += '.';
      path += printable_key(levels_[i].current_key);
    }
    return path.empty() ? "" : " (in " + path + ")";
  }

  DomParser dom_;
  std::vector<Level> levels_;
  std::string problem_;
  std::size_t syntax_error_at_ = 0;
};

}  // namespace

Result<json> parse_untrusted_json(const std::string& text, const char* what, int code) {
  if (text.size() > kMaxJsonBytes)
    return Error{fmt::format("{} is larger than {} MB (the size limit).", what, kMaxJsonBytes >> 20), code};
  json result;
  CheckingSax sax(result);
  const bool ok = json::sax_parse(text, &sax, json::input_format_t::json, /*strict=*/true,
                                  /*ignore_comments=*/false);
  if (ok) return result;
  wipe_json(result);
  if (!sax.problem().empty()) return Error{fmt::format("{} {}.", what, sax.problem()), code};
  return Error{fmt::format("{} is not valid JSON.", what), code};
}

}  // namespace intake::submission
