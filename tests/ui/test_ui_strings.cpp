#include <catch2/catch_test_macros.hpp>

#include "ui/ui_strings.hpp"

using intake::ui::UiStrings;

TEST_CASE("every UI string exists in English and Spanish", "[ui][strings]") {
  UiStrings strings = UiStrings::load_embedded();
  REQUIRE(strings.has_language("en"));
  REQUIRE(strings.has_language("es"));
  const auto& english = *strings.table("en");
  const auto& spanish = *strings.table("es");
  for (const auto& [key, text] : english) {
    INFO(key);
    CHECK(spanish.contains(key));
    CHECK_FALSE(text.empty());
  }
  for (const auto& [key, text] : spanish) {
    INFO(key);
    CHECK(english.contains(key));
    CHECK_FALSE(text.empty());
  }
}

TEST_CASE("a missing string shows its key instead of nothing", "[ui][strings]") {
  UiStrings strings = UiStrings::load_embedded();
  CHECK(strings.get("es", "no.such.key") == "no.such.key");
  CHECK(strings.get("es", "welcome.start") == "Empezar el registro");
}
