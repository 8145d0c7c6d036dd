// The staff queue with 100,000 records, as staff feel it: the time from a tap (or a key) to the
// settled screen that shows its result, through the real queue screen (headless ImGui, real
// SQLCipher store). Figures to compare across changes, not pass/fail.
//   bench_queue            fills a temporary store with 100,000 records first (a few minutes)
//   bench_queue DIR        reuses (or fills, once) the store in DIR, e.g. bench_store's
#include <fmt/format.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bench_records.hpp"
#include "headless_kiosk.hpp"
#include "store/record_read.hpp"
#include "store/staff.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::testing;
namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr const char* kStaffName = "Bench Admin";  // an admin: staff mode asks for one first
constexpr const char* kPin = "2580";

double ms_since(SteadyClock::time_point start) {
  return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

[[noreturn]] void fail(const std::string& what) {
  fmt::print(stderr, "bench_queue: {}\n", what);
  std::exit(1);
}

void must(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

// Times `action` `repeat` times (each followed by `undo`, untimed) and prints median and max.
void time_action(const std::string& label, int repeat, const std::function<void()>& action,
                 const std::function<void()>& undo = {}) {
  std::vector<double> samples;
  for (int i = 0; i < repeat; ++i) {
    const auto start = SteadyClock::now();
    action();
    samples.push_back(ms_since(start));
    if (undo) undo();
  }
  std::sort(samples.begin(), samples.end());
  fmt::print("  {:<58} {:>8.1f} ms median {:>8.1f} ms max\n", label, samples[samples.size() / 2],
             samples.back());
}

std::string shown_count(HeadlessKiosk& kiosk) {
  for (const auto& text : kiosk.kiosk().probe().texts)
    if (!text.text.empty() && std::isdigit(static_cast<unsigned char>(text.text[0])) &&
        text.text.find(" check-ins") != std::string::npos)
      return text.text;
  return "?";
}

void sign_in(HeadlessKiosk& kiosk) {
  const ui::ProbeText* name = nullptr;
  for (const auto& text : kiosk.kiosk().probe().texts)
    if (text.text == "Harbour Skin Studio") name = &text;
  must(name != nullptr, "the clinic's name is not on Welcome");
  const float x = name->rect.center_x(), y = name->rect.center_y();
  kiosk.touch_down(x, y);
  kiosk.advance(3.2, 10.0);
  kiosk.touch_up(x, y);
  kiosk.settle();
  must(kiosk.tap(std::string("staff/sign_in/names/") + kStaffName), "no staff name to pick");
  for (const char* digit = kPin; *digit != 0; ++digit)
    must(kiosk.tap(std::string("pin/key_") + *digit), "no PIN key");
  must(kiosk.tap("pin/key_ok"), "no OK key");
  must(kiosk.find("queue/search") != nullptr, "the queue did not open");
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  const fs::path data = argc >= 2
                            ? fs::path(argv[1])
                            : fs::temp_directory_path() / fmt::format("intake-bench-queue-{}", ::getpid());
  {
    auto store = store::open_store(data, {}, intake::test::real_clock());
    if (!store) fail("open: " + store.error().message);
    bench::fill(*store);
    if (!store::find_staff(*store, kStaffName))
      must(static_cast<bool>(store::add_staff(*store, kStaffName, store::StaffRole::admin, kPin, "bench")),
           "could not add the bench's staff account");
    auto total = store::count_records(*store, {});
    fmt::print("store: {} records in {}\n", total ? *total : -1, data.string());
  }

  ui::KioskUiOptions options = default_test_options();
  options.staff.data_dir = data;
  HeadlessKiosk kiosk(options, 1920.f, 1080.f);
  kiosk.settle();
  const auto sign_in_start = SteadyClock::now();
  sign_in(kiosk);
  fmt::print("sign in (hold, name, PIN with Argon2id on a worker) to the queue: {:.0f} ms\n",
             ms_since(sign_in_start));
  fmt::print("queue today: {}\n", shown_count(kiosk));
  fmt::print("tap or key to the settled screen (headless frames, 1920x1080):\n");

  time_action("filter: flagged only on / off", 10, [&] { must(kiosk.tap("queue/flagged_only"), "flagged"); });
  time_action("filter: not reviewed on / off", 10,
              [&] { must(kiosk.tap("queue/unreviewed"), "unreviewed"); });
  time_action("days: one day earlier", 10, [&] { must(kiosk.tap("queue/days/earlier"), "earlier"); });
  must(kiosk.tap("queue/days/choose") && kiosk.tap("days/preset/last_30") && kiosk.tap("days/show"),
       "last 30 days");
  fmt::print("last 30 days: {}\n", shown_count(kiosk));
  time_action("last 30 days: next page", 10, [&] { must(kiosk.tap("queue/next_page"), "next page"); });
  time_action("last 30 days: flagged only on / off", 10,
              [&] { must(kiosk.tap("queue/flagged_only"), "flagged"); });

  must(kiosk.tap("queue/search"), "search field");
  // Each keystroke of a name search, as typed: the screen answers every letter.
  time_action(
      "search: type \"g\" (one letter, all days)", 5, [&] { kiosk.type("g"); },
      [&] { kiosk.press(ui::Key::Backspace); });
  kiosk.type("gar");
  fmt::print("search \"gar\": {}\n", shown_count(kiosk));
  time_action(
      "search: next letter of \"garc\"", 5, [&] { kiosk.type("c"); },
      [&] { kiosk.press(ui::Key::Backspace); });
  time_action("search: next page of \"gar\"", 5, [&] { must(kiosk.tap("queue/next_page"), "next page"); });
  for (int i = 0; i < 3; ++i) kiosk.press(ui::Key::Backspace);
  kiosk.type("10/05/198");
  time_action(
      "search: date of birth 10/05/1980 (last key)", 5, [&] { kiosk.type("0"); },
      [&] { kiosk.press(ui::Key::Backspace); });
  kiosk.type("0");
  fmt::print("search 10/05/1980: {}\n", shown_count(kiosk));
  time_action(
      "open a record from the results, back to the queue", 5,
      [&] {
        for (const auto& item : kiosk.kiosk().probe().items)
          if (item.id_path.find("queue/rows/row_") != std::string::npos) {
            must(kiosk.tap(item.id_path), "row");
            break;
          }
      },
      [&] { must(kiosk.tap("record/back"), "back"); });
  if (argc < 2) fs::remove_all(data);
  return 0;
}
