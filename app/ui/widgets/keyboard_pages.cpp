#include "ui/widgets/keyboard_pages.hpp"

#include <string_view>

#include "common/text.hpp"

namespace intake::ui {

namespace {

// Splits "qwe" / "QWE" into one key per UTF-8 character.
KeyRow letter_keys(std::string_view lower, std::string_view upper) {
  const auto lowers = text::split_code_points(lower);
  const auto uppers = text::split_code_points(upper);
  KeyRow row;
  for (std::size_t i = 0; i < lowers.size(); ++i) {
    const std::string& up = i < uppers.size() ? uppers[i] : lowers[i];
    row.push_back({KeyAction::Insert, lowers[i], up, 1.f, lowers[i]});
  }
  return row;
}

KeyDef typed(std::string text, float units = 1.f, std::string id = {}) {
  if (id.empty()) id = text;
  return {KeyAction::Insert, text, text, units, std::move(id)};
}

KeyDef special(KeyAction action, float units, std::string id) {
  return {action, {}, {}, units, std::move(id)};
}

KeyRow join(KeyRow row, std::initializer_list<KeyDef> more, bool at_front = false) {
  if (at_front) {
    row.insert(row.begin(), more.begin(), more.end());
  } else {
    row.insert(row.end(), more.begin(), more.end());
  }
  return row;
}

// The shape both pages for names share: two rows of letters, a third between Shift and
// Backspace, and a bottom row of the accents switch, apostrophe, space, hyphen and Done.
struct NameRowWidths {
  float shift_backspace, accents, apostrophe, space, hyphen, done;
};

KeyPage names_page(std::string_view top_lower, std::string_view top_upper, std::string_view middle_lower,
                   std::string_view middle_upper, std::string_view bottom_lower,
                   std::string_view bottom_upper, const NameRowWidths& widths) {
  KeyPage page;
  page.max_width_px = 1600.f;
  page.rows.push_back(letter_keys(top_lower, top_upper));
  page.rows.push_back(letter_keys(middle_lower, middle_upper));
  page.rows.push_back(join(join(letter_keys(bottom_lower, bottom_upper),
                                {special(KeyAction::Shift, widths.shift_backspace, "shift")}, true),
                           {special(KeyAction::Backspace, widths.shift_backspace, "backspace")}));
  page.rows.push_back({special(KeyAction::Accents, widths.accents, "accents"), typed("'", widths.apostrophe),
                       typed(" ", widths.space, "space"), typed("-", widths.hyphen),
                       special(KeyAction::Done, widths.done, "done")});
  return page;
}

// Names: plain letters, with the apostrophe and hyphen that names need (O'Brien, García-López),
// and ñ where a Spanish keyboard has it: Muñoz, Peña and Núñez are common names in US clinics,
// whichever language the patient reads.
KeyPage letters() {
  return names_page("qwertyuiop", "QWERTYUIOP", "asdfghjklñ", "ASDFGHJKLÑ", "zxcvbnm", "ZXCVBNM",
                    {1.5f, 1.5f, 1.f, 4.5f, 1.f, 2.f});
}

// Accented letters for names in Spanish, French, German, Polish, Portuguese, the Nordic
// languages and basic Vietnamese, grouped by their base letter. ß has no capital in names; it
// types ß either way.
KeyPage accents() {
  return names_page("áàâäãåăąæçćđéè", "ÁÀÂÄÃÅĂĄÆÇĆĐÉÈ", "êëęíîïłñńóôöõø", "ÊËĘÍÎÏŁÑŃÓÔÖÕØ", "œơśßúùûüưźż",
                    "ŒƠŚßÚÙÛÜƯŹŻ", {1.5f, 2.f, 1.5f, 6.f, 1.5f, 3.f});
}

// E-mail addresses: lower case, digits, the symbols addresses use and a domain key.
KeyPage email() {
  KeyPage page;
  page.max_width_px = 1600.f;
  page.rows.push_back(
      join(letter_keys("1234567890", "1234567890"), {special(KeyAction::Backspace, 1.f, "backspace")}));
  page.rows.push_back(join(letter_keys("qwertyuiop", "qwertyuiop"), {typed("@")}));
  page.rows.push_back(join(letter_keys("asdfghjkl", "asdfghjkl"), {typed("."), typed("_")}));
  page.rows.push_back(join(letter_keys("zxcvbnm", "zxcvbnm"),
                           {typed("-"), typed(".com", 1.5f), special(KeyAction::Done, 1.5f, "done")}));
  return page;
}

// Staff notes: sentences with digits and punctuation; shift by hand, accents for Spanish notes.
KeyPage text() {
  KeyPage page;
  page.max_width_px = 1700.f;
  page.rows.push_back(
      join(letter_keys("1234567890", "1234567890"), {special(KeyAction::Backspace, 1.5f, "backspace")}));
  page.rows.push_back(join(letter_keys("qwertyuiop", "QWERTYUIOP"), {typed("-"), typed("/")}));
  page.rows.push_back(
      join(join(letter_keys("asdfghjkl", "ASDFGHJKL"), {special(KeyAction::Shift, 1.5f, "shift")}, true),
           {typed("'"), typed("?")}));
  page.rows.push_back(
      join(join(letter_keys("zxcvbnm", "ZXCVBNM"), {special(KeyAction::Accents, 1.5f, "accents")}, true),
           {typed(","), typed("."), typed(" ", 2.5f, "space"), special(KeyAction::Done, 1.5f, "done")}));
  return page;
}

// Folders on a stick or share: case matters, "/" separates, no accents needed.
KeyPage path() {
  KeyPage page;
  page.max_width_px = 1600.f;
  page.rows.push_back(
      join(letter_keys("1234567890", "1234567890"), {special(KeyAction::Backspace, 1.5f, "backspace")}));
  page.rows.push_back(join(letter_keys("qwertyuiop", "QWERTYUIOP"), {typed("/", 1.5f)}));
  page.rows.push_back(
      join(join(letter_keys("asdfghjkl", "ASDFGHJKL"), {special(KeyAction::Shift, 1.5f, "shift")}, true),
           {typed("_")}));
  page.rows.push_back(
      join(letter_keys("zxcvbnm", "ZXCVBNM"),
           {typed("-"), typed("."), typed(" ", 2.f, "space"), special(KeyAction::Done, 1.5f, "done")}));
  return page;
}

KeyPage numeric() {
  KeyPage page;
  page.max_width_px = 900.f;
  page.rows.push_back(letter_keys("123", "123"));
  page.rows.push_back(letter_keys("456", "456"));
  page.rows.push_back(letter_keys("789", "789"));
  page.rows.push_back(
      {special(KeyAction::Backspace, 1.f, "backspace"), typed("0"), special(KeyAction::Done, 1.f, "done")});
  return page;
}

KeyPage phone() {
  KeyPage page;
  page.max_width_px = 1000.f;
  page.rows.push_back(join(letter_keys("123", "123"), {typed("+")}));
  page.rows.push_back(join(letter_keys("456", "456"), {typed("-")}));
  page.rows.push_back(join(letter_keys("789", "789"), {typed(" ", 1.f, "space")}));
  page.rows.push_back(
      {special(KeyAction::Backspace, 1.f, "backspace"), typed("0"), special(KeyAction::Done, 2.f, "done")});
  return page;
}

}  // namespace

KeyPage keyboard_page(KeyboardLayout layout, bool accents_page) {
  switch (layout) {
    case KeyboardLayout::Letters: return accents_page ? accents() : letters();
    case KeyboardLayout::Numeric: return numeric();
    case KeyboardLayout::Phone: return phone();
    case KeyboardLayout::Email: return email();
    case KeyboardLayout::Text: return accents_page ? accents() : text();
    case KeyboardLayout::Path: return path();
  }
  return letters();
}

float row_units(const KeyRow& row) {
  float units = 0.f;
  for (const KeyDef& key : row) units += key.units;
  return units;
}

}  // namespace intake::ui
