#include "headless_kiosk.hpp"

#include <unistd.h>

#include <filesystem>

#include "speech/speech_files.hpp"

#include <chrono>
#include <thread>

#include <imgui.h>
#include <imgui_internal.h>

#include <stdexcept>

#include "intake/build_paths.hpp"
#include "test_clock.hpp"

namespace intake::testing {

namespace {
constexpr double kFrame = 1.0 / 60.0;

std::u32string utf8_to_utf32(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t code = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra && i + k < text.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(code);
    i += extra + 1;
  }
  return out;
}

ui::KioskUiOptions with_textures(ui::KioskUiOptions options,
                                 const std::shared_ptr<MemoryTextures>& textures) {
  if (!options.staff.textures.available()) options.staff.textures = MemoryTextures::source_for(textures);
  return options;
}

ImGuiContext* make_context() {
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::SetCurrentContext(context);
  return context;
}

}  // namespace

ui::KioskUiOptions default_test_options() {
  ui::KioskUiOptions options;
  options.fonts_dir = INTAKE_SOURCE_FONTS_DIR;
  options.clinic_name = "Harbour Skin Studio";
  options.catalog =
      std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(INTAKE_SOURCE_FORMS_DIR));
  options.clock = intake::test::test_day_clock();
  // As the real kiosk: read aloud is offered (its switch is on every screen). What it would
  // say goes to files in a folder of this process; espeak-ng starts only when something speaks.
  options.speech = std::make_shared<speech::SpeechEngine>(std::make_unique<speech::SpeechFiles>(
      std::filesystem::temp_directory_path() / ("intake-test-speech-" + std::to_string(::getpid()))));
  return options;
}

HeadlessKiosk::HeadlessKiosk(ui::KioskUiOptions options, float width, float height, AfterFrame after_frame)
    : context_(make_context()),
      kiosk_(with_textures(std::move(options), textures_)),
      after_frame_(std::move(after_frame)),
      width_(width),
      height_(height) {
  // Settled, as the real kiosk is before anyone can touch it: Welcome centres its block by the
  // height it measured on the first frame.
  settle();
}

void HeadlessKiosk::one_frame(double seconds) {
  ImGui::SetCurrentContext(context_);
  auto fonts = kiosk_.prepare_fonts(width_, height_);
  if (!fonts) throw std::runtime_error(fonts.error().message);
  now_ += seconds;
  last_result_ = kiosk_.frame(width_, height_, now_);
  textures_->note_drawn(ImGui::GetDrawData());
  if (after_frame_) after_frame_(*fonts);
}

HeadlessKiosk::~HeadlessKiosk() { ImGui::DestroyContext(context_); }

void HeadlessKiosk::step(int frames) {
  for (int i = 0; i < frames; ++i) one_frame(kFrame);
}

void HeadlessKiosk::settle(int max_frames) {
  // Work on another thread (a PIN check, saving a check-in) takes real time: wait for it like the host does,
  // a few milliseconds at a time, without counting those frames (at most 30 s).
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (int i = 0; i < max_frames; ++i) {
    one_frame(kFrame);
    while (last_result_.waiting && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      one_frame(kFrame);
    }
    if (!last_result_.needs_another_frame) return;
  }
}

void HeadlessKiosk::advance(double seconds, double frames_per_second) {
  const double interval = 1.0 / frames_per_second;
  const double until = now_ + seconds;
  while (now_ + interval <= until + 1e-9) one_frame(interval);
}

void HeadlessKiosk::resize(float width, float height) {
  width_ = width;
  height_ = height;
  settle();
}

void HeadlessKiosk::touch_down(float x, float y) {
  kiosk_.pointer().push({ui::PointerKind::Down, x, y, now_});
  if (mirror_) mirror_({MirroredInput::Kind::Down, x, y, {}, now_});
}
void HeadlessKiosk::touch_move(float x, float y) {
  kiosk_.pointer().push({ui::PointerKind::Move, x, y, now_});
  if (mirror_) mirror_({MirroredInput::Kind::Move, x, y, {}, now_});
}
void HeadlessKiosk::touch_up(float x, float y) {
  kiosk_.pointer().push({ui::PointerKind::Up, x, y, now_});
  if (mirror_) mirror_({MirroredInput::Kind::Up, x, y, {}, now_});
}

bool HeadlessKiosk::tap(std::string_view label_or_path) {
  const ui::ProbeItem* item = find(label_or_path);
  if (item == nullptr || !item->visible || !item->enabled) return false;
  const float x = item->rect.center_x();
  const float y = item->rect.center_y();
  const unsigned wanted = item->imgui_id;
  touch_down(x, y);
  step(2);
  // Something on top (the keyboard, a dialog) took the press: lift the finger away from it so
  // nothing is clicked, and report that the widget could not be tapped.
  if (wanted != 0 && ImGui::GetCurrentContext()->ActiveId != wanted) {
    touch_move(-100.f, -100.f);
    touch_up(-100.f, -100.f);
    settle();
    return false;
  }
  touch_up(x, y);
  settle();
  return true;
}

void HeadlessKiosk::drag(float x0, float y0, float x1, float y1, double duration, int steps, double hold) {
  touch_down(x0, y0);
  step();
  for (int i = 1; i <= steps; ++i) {
    const float t = static_cast<float>(i) / steps;
    touch_move(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
    one_frame(duration / steps);
  }
  if (hold > 0) one_frame(hold);
  touch_up(x1, y1);
  step();
}

void HeadlessKiosk::type(std::string_view utf8) {
  kiosk_.keys().type(utf8_to_utf32(utf8));
  if (mirror_) mirror_({MirroredInput::Kind::Text, 0.f, 0.f, std::string(utf8), now_});
  settle();
}

void HeadlessKiosk::press(ui::Key key) {
  kiosk_.keys().press(key);
  settle();
}

const ui::ProbeItem* HeadlessKiosk::find(std::string_view label_or_path) const {
  return kiosk_.probe().find_item(label_or_path);
}

std::string HeadlessKiosk::describe_items() const {
  std::string out;
  for (const auto& item : kiosk_.probe().items) {
    out += item.id_path + " [" + item.label + "] y=" + std::to_string(int(item.rect.y0)) + ".." +
           std::to_string(int(item.rect.y1)) + (item.visible ? "" : " hidden") +
           (item.enabled ? "" : " disabled") + (item.selected ? " selected" : "") + "\n";
  }
  return out;
}

std::string HeadlessKiosk::screen_text() const { return kiosk_.probe().all_text(); }
bool HeadlessKiosk::shows(std::string_view text) const { return kiosk_.probe().shows_text(text); }

}  // namespace intake::testing
