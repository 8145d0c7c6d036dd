#pragma once
// {window_name} placeholders in a form's texts (form.yaml and the consent/aftercare files): each
// is replaced by the window's number, so a clinic that changes a window changes every sentence
// that mentions it.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace intake::forms {

// A window's number as a sentence shows it: "6", not "6.000000".
std::string format_window_value(double value);

// Told about a {name} that is neither a window nor kept; `line` counts from 1 within the text.
using UnknownPlaceholder = std::function<void(const std::string& name, int line)>;

// `text` with every {name} that names a window replaced by its number. A name in `kept` stays
// as written (it is filled in when the record is made); any other id is reported and dropped.
// Braces around anything that is not an id ({#section}) are left as they are.
std::string substitute_windows(std::string_view text,
                               const std::map<std::string, double, std::less<>>& windows,
                               const std::vector<std::string>& kept, const UnknownPlaceholder& unknown);

}  // namespace intake::forms
