#include "journey_steps.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

namespace intake::testing {

namespace {
// Longer than the scroll view's velocity window (0.1 s), so the lift measures no speed.
constexpr double kRestBeforeLift = 0.15;
}  // namespace

const ui::ProbeScroll* main_scroll_view(HeadlessKiosk& kiosk) {
  const ui::ProbeScroll* tallest = nullptr;
  for (const auto& scroll : kiosk.kiosk().probe().scrolls)
    if (tallest == nullptr || scroll.rect.height() > tallest->rect.height()) tallest = &scroll;
  return tallest;
}

// A finger drags inside the page's scroll view (the band between the header and the nav bar, or
// the keyboard when it is up; never the "More questions below" strip under it, where a drag
// scrolls nothing). A positive distance moves the content up. The finger rests before it lifts,
// as a careful reader's does, so the page stops where it was put: no fling, whose coasting the
// real kiosk would spend seconds drawing in an end-to-end test, and whose length on a loaded
// machine depends on when frames fall.
void drag_content(HeadlessKiosk& kiosk, float distance) {
  float top = kiosk.height() * 0.25f;
  float bottom = kiosk.height();
  float x = kiosk.width() * 0.5f;
  if (const ui::ProbeScroll* page = main_scroll_view(kiosk)) {
    top = page->rect.y0;
    bottom = page->rect.y1;
    x = page->rect.center_x();
  }
  for (const auto& item : kiosk.kiosk().probe().items)
    if (item.visible && item.id_path.starts_with("keyboard/")) bottom = std::min(bottom, item.rect.y0);
  const float middle = (top + bottom) * 0.5f;
  const float reach = std::min(std::abs(distance), (bottom - top) * 0.8f) * (distance < 0 ? -1.f : 1.f);
  kiosk.drag(x, middle + reach * 0.5f, x, middle - reach * 0.5f, 0.4, 8, kRestBeforeLift);
  kiosk.settle();
}

bool reveal(HeadlessKiosk& kiosk, const std::string& label) {
  for (int attempt = 0; attempt < 60; ++attempt) {
    const ui::ProbeItem* item = kiosk.find(label);
    if (item == nullptr) return false;
    // Fully visible and not under the nav bar or keyboard.
    if (item->visible && item->rect.height() > 20.f) return true;
    const float direction = item->rect.y0 > kiosk.height() * 0.5f ? 1.f : -1.f;
    drag_content(kiosk, direction * kiosk.height() * 0.3f);
  }
  return false;
}

bool reveal_and_tap(HeadlessKiosk& kiosk, const std::string& label) {
  if (reveal(kiosk, label) && kiosk.tap(label)) return true;
  UNSCOPED_INFO("could not tap " << label << " on:\n" << kiosk.describe_items());
  return false;
}

void tap_field_and_type(HeadlessKiosk& kiosk, const std::string& field_path, const std::string& text) {
  REQUIRE(reveal_and_tap(kiosk, field_path));
  kiosk.type(text);
}

void close_keyboard(HeadlessKiosk& kiosk) {
  for (int i = 0; i < 10 && kiosk.find("keyboard/key_done") != nullptr; ++i) {
    if (!kiosk.tap("keyboard/key_done")) break;
  }
  kiosk.settle();
}

void start_and_fill_about_you(HeadlessKiosk& kiosk, const PatientDetails& details) {
  kiosk.settle();
  REQUIRE(kiosk.tap("welcome/start"));
  fill_about_you(kiosk, details);
}

void fill_about_you(HeadlessKiosk& kiosk, const PatientDetails& details) {
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::AboutYou);
  tap_field_and_type(kiosk, "about_you/given_name", details.given_name);
  tap_field_and_type(kiosk, "about_you/family_name", details.family_name);
  tap_field_and_type(kiosk, "about_you/birth_day", details.day);
  tap_field_and_type(kiosk, "about_you/birth_month", details.month);
  tap_field_and_type(kiosk, "about_you/birth_year", details.year);
  tap_field_and_type(kiosk, "about_you/phone", details.phone);
  if (!details.email.empty()) tap_field_and_type(kiosk, "about_you/email", details.email);
  close_keyboard(kiosk);
  REQUIRE(kiosk.tap("about_you/next"));
}

void answer_page_with_no(HeadlessKiosk& kiosk) {
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Questions);
  // Answering can show more questions (shown_when), so go round until nothing is left.
  for (int round = 0; round < 4; ++round) {
    std::vector<std::string> to_tap;
    for (const auto& item : kiosk.kiosk().probe().items) {
      const std::string& path = item.id_path;
      if (item.selected) continue;
      const auto q = path.find("/q_");
      if (q == std::string::npos) continue;
      const std::string question = path.substr(q + 3, path.find('/', q + 3) - q - 3);
      bool answered = false;
      for (const auto& other : kiosk.kiosk().probe().items)
        if (other.selected && other.id_path.find("/q_" + question + "/") != std::string::npos)
          answered = true;
      if (answered) continue;
      if (path.ends_with("/no") || path.ends_with("/choice_none") ||
          path.ends_with("q_treatment_areas/choice_face") ||
          path.ends_with("q_sun_reaction/choice_sometimes_burns"))
        to_tap.push_back(path);
    }
    if (to_tap.empty()) break;
    for (const auto& path : to_tap) REQUIRE(reveal_and_tap(kiosk, path));
  }
  REQUIRE(kiosk.tap("questions/next"));
}

void answer_questionnaire_with_no(HeadlessKiosk& kiosk) {
  for (int page = 0; page < 20 && kiosk.kiosk().step() == ui::JourneyStep::Questions; ++page)
    answer_page_with_no(kiosk);
  if (kiosk.kiosk().step() == ui::JourneyStep::BeforeConsent) REQUIRE(kiosk.tap("before_consent/next"));
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Consent);
}

void read_and_initial_consent(HeadlessKiosk& kiosk, bool photos) {
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Consent);
  for (int round = 0; round < 40; ++round) {
    bool tapped = false;
    for (const auto& item : kiosk.kiosk().probe().items) {
      if (item.id_path.ends_with("/initial") && !item.selected && item.visible) {
        const std::string path = item.id_path;
        REQUIRE(kiosk.tap(path));
        if (kiosk.find("use_initials") != nullptr) REQUIRE(reveal_and_tap(kiosk, "use_initials"));
        tapped = true;
        break;
      }
    }
    if (!tapped) {
      const ui::ProbeScroll* page = main_scroll_view(kiosk);
      if (page == nullptr || page->offset >= page->content_height - page->view_height - 1.f) break;
      drag_content(kiosk, kiosk.height() * 0.5f);
    }
  }
  REQUIRE(reveal_and_tap(kiosk, photos ? "consent/photo/yes" : "consent/photo/no"));
  INFO("consent screen:\n"
       << kiosk.describe_items() << "reached end: " << kiosk.kiosk().journey().scroll.reached_end);
  REQUIRE(kiosk.tap("consent/next"));
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Review);
}

void continue_from_review(HeadlessKiosk& kiosk) {
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Review);
  REQUIRE(kiosk.tap("review/next"));
}

void sign_on_pad(HeadlessKiosk& kiosk) {
  const ui::ProbeItem* pad = nullptr;
  for (const auto& item : kiosk.kiosk().probe().items)
    if (item.id_path.ends_with("/pad")) pad = &item;
  REQUIRE(pad != nullptr);
  const ui::ProbeRect rect = pad->rect;
  const float left = rect.x0 + rect.width() * 0.15f, right = rect.x0 + rect.width() * 0.8f;
  const float top = rect.y0 + rect.height() * 0.3f, bottom = rect.y0 + rect.height() * 0.7f;
  kiosk.touch_down(left, bottom);
  const int points = 24;
  for (int i = 1; i <= points; ++i) {
    const float x = left + (right - left) * i / points;
    kiosk.touch_move(x, i % 2 ? top : bottom);
    if (i % 4 == 0) kiosk.step();  // several pointer events arrive between two frames
  }
  kiosk.touch_up(right, bottom);
  kiosk.settle();
}

void answer_consent_and_sign(HeadlessKiosk& kiosk, bool photos) {
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk, photos);
  continue_from_review(kiosk);
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::Signature);
  sign_on_pad(kiosk);
  REQUIRE(kiosk.tap("signature/next"));
}

}  // namespace intake::testing
