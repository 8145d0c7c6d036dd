#pragma once
// JSON from outside the program (a session file, an answers file): parsed with a size limit,
// a nesting limit and duplicate keys refused while parsing, so a hostile file can neither
// exhaust memory or the stack nor hide a second "pregnant": false behind the first.
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "common/result.hpp"

namespace intake::submission {

inline constexpr std::size_t kMaxJsonBytes = 4 * 1024 * 1024;  // a long signature is ~100 KB
inline constexpr int kMaxJsonDepth = 16;                       // a session needs 5

// `what` names the document in messages ("The session"). On error, Error::code is `code` and
// the message names the limit or the duplicated key (a field name, never a value).
Result<nlohmann::json> parse_untrusted_json(const std::string& text, const char* what, int code);

}  // namespace intake::submission
