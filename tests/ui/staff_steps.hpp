#pragma once
// Staff mode through the real screens over a real store: a temporary data directory whose
// check-ins are submitted through the real submission path (submit_session: real forms, real
// PDF, real SQLCipher), a headless kiosk whose staff mode opens that store, and the steps a
// staff member takes (hold the clinic's name, pick a name, tap a PIN).
#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "headless_kiosk.hpp"
#include "intake/build_paths.hpp"
#include "staff/staff_review.hpp"
#include "store/staff.hpp"
#include "submission/session_json.hpp"
#include "submission/submit_session.hpp"
#include "submission_test_support.hpp"

namespace intake::testing {

// textures: where pictures go; empty = the headless kiosk's memory (HeadlessKiosk::textures()).
// clock: the kiosk's (its submissions and staff mode); default: the headless kiosk's test day.
inline ui::KioskUiOptions staff_options(const std::filesystem::path& data_dir, double idle_seconds,
                                        ui::TextureSource textures = {},
                                        const Clock& clock = intake::test::test_day_clock()) {
  ui::KioskUiOptions options = default_test_options();
  options.clock = clock;
  options.staff.data_dir = data_dir;
  options.staff.idle_seconds = idle_seconds;
  options.staff.textures = std::move(textures);
  return options;
}

// `clock` running `ahead` of itself by however much the test sets later (how long check-ins
// have waited when the front desk looks).
inline Clock ahead_of(Clock clock, std::shared_ptr<std::chrono::seconds> ahead) {
  clock.now = [now = clock.now, ahead] { return now() + *ahead; };
  return clock;
}

// Staff mode's sticks are found in a mount table of the test's own, under a temporary media folder.
inline ui::KioskUiOptions with_test_sticks(ui::KioskUiOptions options, const std::filesystem::path& tmp) {
  options.staff.export_search = {tmp / "mounts", {tmp / "media"}};
  return options;
}

struct StaffKiosk {
  submission::test::TempDir tmp;
  std::filesystem::path data = tmp / "data";
  // How far the front desk looks later than the check-ins were made (time waiting); 0 at first.
  std::shared_ptr<std::chrono::seconds> clock_ahead = std::make_shared<std::chrono::seconds>(0);
  // One clock for the check-ins stored here and for the kiosk's staff mode, so the queue's
  // "today" is the day the check-ins were made.
  Clock clock = ahead_of(intake::test::test_day_clock(), clock_ahead);
  store::Store store = submission::test::open_store_or_fail(data, clock);
  HeadlessKiosk kiosk;

  // with_admin: an admin exists already (as after first run), so staff mode asks for a PIN
  // rather than for the first admin.
  // after_frame and textures: the screen gallery renders each frame with OpenGL; tests leave them
  // empty.
  explicit StaffKiosk(double idle_seconds = 120.0, bool with_admin = true,
                      HeadlessKiosk::AfterFrame after_frame = {}, ui::TextureSource textures = {})
      : kiosk(with_test_sticks(staff_options(data, idle_seconds, std::move(textures), clock), tmp.path()),
              1920.f, 1080.f, std::move(after_frame)) {
    if (with_admin) add_staff("Marta Ruiz", store::StaffRole::admin, "9753");
    kiosk.settle();
  }

  // A USB stick plugged in: a folder under the test's media folder, listed in its mount table
  // as the kernel would list it. Returns its folder.
  std::filesystem::path plug_in_stick(const std::string& label) {
    const auto folder = tmp / "media" / "kiosk" / label;
    std::filesystem::create_directories(folder);
    std::ofstream(tmp / "mounts", std::ios::app)
        << "/dev/sdb1 " << folder.string() << " vfat rw,nosuid 0 0\n";
    return folder;
  }

  // A check-in through the real submission path; returns its record id.
  // days_ago: the check-in is stamped that many days before now (the queue's other days).
  std::string check_in(const std::string& given_name, const std::string& family_name,
                       const std::string& yes_question = "", int days_ago = 0) {
    return check_in_with(given_name, family_name,
                         yes_question.empty() ? std::vector<std::string>{} : std::vector{yes_question},
                         days_ago);
  }
  // The same with several yes answers (several flags), and a date of birth of its own.
  std::string check_in_with(const std::string& given_name, const std::string& family_name,
                            const std::vector<std::string>& yes_questions, int days_ago = 0,
                            const std::string& date_of_birth = "") {
    auto json = submission::test::complete_session("en", given_name, family_name);
    for (const auto& question : yes_questions) json["answers"][question] = true;
    if (!date_of_birth.empty()) json["patient"]["date_of_birth"] = date_of_birth;
    auto session = submission::session_from_json(submission::test::shipped_forms(), json);
    REQUIRE(session);
    submission::SubmitOptions options;
    options.actor = "test";
    options.visit_date = submission::test::kVisitDate;
    options.time_zone = "Europe/Madrid";
    if (days_ago > 0) options.now = clock.now() - std::chrono::hours(24 * days_ago);
    auto id = submission::submit_session(store, submission::test::shipped_forms(),
                                         submission::test::source_fonts(), *session, options);
    session->wipe();
    REQUIRE(id);
    return *id;
  }

  // A practitioner's review through the core (not the screens): the record gains PDF version 2.
  void review(const std::string& record_id, const std::string& practitioner,
              intake::ReviewDecision decision = intake::ReviewDecision::not_treated,
              std::map<std::string, std::string> reasons = {}) {
    auto reviewer = store::find_staff(store, practitioner);
    REQUIRE(reviewer);
    staff::ReviewRequest request;
    request.record_id = record_id;
    request.reviewer = *reviewer;
    request.decision = decision;
    request.reasons = std::move(reasons);
    request.countersignature = {900.f, 300.f, {{{10.f, 10.f, 0}, {200.f, 120.f, 40}, {400.f, 60.f, 80}}}};
    REQUIRE(staff::record_review(store, *default_test_options().catalog, INTAKE_SOURCE_FONTS_DIR, request));
  }

  void add_staff(const std::string& name, store::StaffRole role, const std::string& pin) {
    REQUIRE(store::add_staff(store, name, role, pin, "test"));
  }
};

// Holds a finger on the clinic's name on Welcome for `seconds` (the test clinic's, unless an
// admin renamed it in settings).
inline void hold_clinic_name(HeadlessKiosk& kiosk, double seconds,
                             const std::string& clinic_name = "Harbour Skin Studio") {
  const ui::ProbeText* name = nullptr;
  for (const auto& text : kiosk.kiosk().probe().texts)
    if (text.text == clinic_name) name = &text;
  REQUIRE(name != nullptr);
  const float x = name->rect.center_x(), y = name->rect.center_y();
  kiosk.touch_down(x, y);
  kiosk.advance(seconds, 10.0);
  kiosk.touch_up(x, y);
  kiosk.settle();
}

// The patients' names in the order the queue shows them.
inline std::vector<std::string> queue_names(HeadlessKiosk& kiosk) {
  std::vector<std::string> names;
  for (const auto& item : kiosk.kiosk().probe().items)
    if (item.id_path.find("queue/rows/row_") != std::string::npos) names.push_back(item.label);
  return names;
}

// Taps the PIN's digits on the pad, then OK.
inline void enter_pin(HeadlessKiosk& kiosk, const std::string& pin) {
  for (char digit : pin) REQUIRE(kiosk.tap(std::string("pin/key_") + digit));
  REQUIRE(kiosk.tap("pin/key_ok"));
}

// From Welcome: the gesture, the name, the PIN.
inline void sign_in(HeadlessKiosk& kiosk, const std::string& name, const std::string& pin,
                    const std::string& clinic_name = "Harbour Skin Studio") {
  hold_clinic_name(kiosk, 3.2, clinic_name);
  REQUIRE(kiosk.kiosk().staff_mode_active());
  REQUIRE(kiosk.tap("staff/sign_in/names/" + name));
  enter_pin(kiosk, pin);
}

// The "<sha256>  <file>" lines of an export manifest, as `sha256sum -c` reads them ('#' lines,
// such as the audit head, are comments).
inline std::vector<std::pair<std::string, std::string>> manifest_entries(
    const std::filesystem::path& manifest) {
  std::vector<std::pair<std::string, std::string>> entries;
  std::ifstream in(manifest);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string digest, name;
    if (fields >> digest >> name) entries.emplace_back(digest, name);
  }
  return entries;
}

// Scrolls the review's choices (decision, reasons, note) until `path` is on screen.
inline bool scroll_review_to(HeadlessKiosk& kiosk, const std::string& path) {
  for (int i = 0; i < 10; ++i) {
    const ui::ProbeItem* item = kiosk.find(path);
    if (item != nullptr && item->visible) return true;
    const ui::ProbeItem* pad = kiosk.find("countersignature");
    REQUIRE(pad != nullptr);
    const float x = pad->rect.center_x(), y = pad->rect.y0 - 80.f;
    kiosk.drag(x, y, x, y - 220.f);
  }
  const ui::ProbeItem* item = kiosk.find(path);
  return item != nullptr && item->visible;
}

// Taps Done until the keyboard has gone: Done moves to the next field on the screen first, and
// closes the keyboard after the last.
inline void close_keyboard(HeadlessKiosk& kiosk) {
  for (int i = 0; i < 12 && kiosk.find("keyboard/key_done") != nullptr; ++i)
    REQUIRE(kiosk.tap("keyboard/key_done"));
  REQUIRE(kiosk.find("keyboard/key_done") == nullptr);
}

// Types `reason` into every reason field the review asks for (one per STOP or REVIEW flag).
// Returns how many there were.
inline int give_reasons(HeadlessKiosk& kiosk, const std::string& reason) {
  std::vector<std::string> fields;
  for (const auto& item : kiosk.kiosk().probe().items)
    if (item.id_path.find("record/review/reason_") != std::string::npos) fields.push_back(item.id_path);
  for (const auto& field : fields) {
    REQUIRE(scroll_review_to(kiosk, field));
    REQUIRE(kiosk.tap(field));
    kiosk.type(reason);
  }
  close_keyboard(kiosk);
  return static_cast<int>(fields.size());
}

// Draws a zig-zag on the staff countersignature pad.
inline void countersign(HeadlessKiosk& kiosk) {
  const ui::ProbeItem* pad = kiosk.find("countersignature");
  REQUIRE(pad != nullptr);
  const ui::ProbeRect rect = pad->rect;
  const float left = rect.x0 + rect.width() * 0.15f, right = rect.x0 + rect.width() * 0.8f;
  const float top = rect.y0 + rect.height() * 0.3f, bottom = rect.y0 + rect.height() * 0.7f;
  kiosk.touch_down(left, bottom);
  for (int i = 1; i <= 24; ++i) {
    kiosk.touch_move(left + (right - left) * i / 24, i % 2 ? top : bottom);
    if (i % 4 == 0) kiosk.step();
  }
  kiosk.touch_up(right, bottom);
  kiosk.settle();
}

}  // namespace intake::testing
