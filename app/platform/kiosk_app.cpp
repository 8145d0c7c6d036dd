#include "platform/kiosk_app.hpp"

#include <imgui.h>

#include <fcntl.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>

#include "fhir/delivery_worker.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_backend.hpp"
#include "platform/alsa_speaker.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/gl_textures.hpp"
#include "platform/glfw_window.hpp"
#include "platform/kiosk_options.hpp"
#include "platform/out_of_order_app.hpp"
#include "platform/png_capture.hpp"
#include "platform/probe_channel.hpp"
#include "platform/termination_signals.hpp"
#include "speech/speech_files.hpp"
#include "submission/local_time.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/ui_probe_lines.hpp"

namespace intake {

namespace {

constexpr double kFrameInterval = 1.0 / 60.0;  // frame cap while something animates
constexpr int kExitUsage = 2;
constexpr int kExitNoDisplay = 3;
constexpr int kExitFailure = 1;

struct ImGuiContextOwner {
  ImGuiContextOwner() { ImGui::CreateContext(); }
  ~ImGuiContextOwner() { ImGui::DestroyContext(); }
  ImGuiContextOwner(const ImGuiContextOwner&) = delete;
  ImGuiContextOwner& operator=(const ImGuiContextOwner&) = delete;
};

}  // namespace

int run_kiosk_app(const ResourcePaths& paths, const std::vector<std::string>& args,
                  const ServiceEnvironment& service, std::ostream& err) {
  KioskOptions options;
  if (std::string problem = parse_kiosk_options(args, options); !problem.empty()) {
    err << "intake-kiosk: " << problem << "\n";
    return kExitUsage;
  }
  if (options.probe_fd >= 0 && fcntl(options.probe_fd, F_GETFD) < 0) {
    err << "intake-kiosk: --probe-fd " << options.probe_fd << " is not an open file descriptor\n";
    return kExitUsage;
  }
  if (options.out_of_order) return run_out_of_order_app(paths, options, service, err);
  ServiceNotifier notifier(service);
  // Before any other thread exists, so every thread inherits the blocked signals.
  TerminationSignals signals(&wake_kiosk_window_loop);

  ImGuiContextOwner imgui_context;
  ui::KioskUiOptions ui_options;
  ui_options.fonts_dir = paths.fonts_dir;
  ui_options.staff.data_dir = paths.data_dir;  // staff mode opens its own store connection
  ui_options.staff.credentials_dir = paths.credentials_dir;
  // The clinic's zone is the kiosk's, as each record's times are (submission/local_time.hpp).
  ui_options.staff.time_zone = submission::local_time_zone_name();
  // A broken form never crashes the kiosk: Welcome then offers no check-in and lists the
  // form files' own messages for staff.
  ui_options.catalog = std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(paths.forms_dir));
  for (const auto& problem : ui_options.catalog->errors)
    err << "intake-kiosk: " << forms::format_diagnostic(problem) << "\n";
  KioskBackend backend = open_kiosk_backend(paths, ui_options.catalog);
  if (!backend.store_problem.empty())
    err << "intake-kiosk: check-ins cannot be saved: " << backend.store_problem << "\n";
  for (const auto& problem : backend.setting_problems) err << "intake-kiosk: " << problem << "\n";
  std::mutex log_mutex;
  // Declared before the UI, so it outlives every submit the UI can make and stops after it.
  // It runs whenever check-ins can be stored and sends only while a FHIR server is set: an
  // admin who sets one in staff mode (or `fhir configure`) needs no restart, and "off" idles it.
  std::unique_ptr<fhir::DeliveryWorker> delivery;
  if (backend.service) {
    fhir::DeliveryWorkerOptions delivery_options;
    delivery_options.paths = paths;
    delivery_options.catalog = ui_options.catalog;
    // From the worker's thread: one whole line at a time, never interleaved with the UI's.
    delivery_options.log = [&err, &log_mutex](const std::string& line) {
      std::lock_guard lock(log_mutex);
      err << "intake-kiosk: " << line << "\n" << std::flush;
    };
    delivery = std::make_unique<fhir::DeliveryWorker>(std::move(delivery_options));
  }
  // The submit returns once the record and its outbox row are stored; the worker is only told.
  ui_options.submit = [submit = backend.submit_function(),
                       worker = delivery.get()](const IntakeSession& session) {
    auto stored = submit(session);
    if (stored && worker) worker->wake();
    return stored;
  };
  ui_options.log = [&err, &log_mutex](const std::string& line) {
    std::lock_guard lock(log_mutex);
    err << "intake-kiosk: " << line << "\n";
  };
  // Read aloud: the speaker, or files when checking what the kiosk says (--speech-out).
  std::unique_ptr<speech::SpeechOutput> speech_output;
  if (options.speech_out)
    speech_output = std::make_unique<speech::SpeechFiles>(*options.speech_out);
  else
    speech_output = std::make_unique<AlsaSpeaker>();
  auto speech_engine = std::make_shared<speech::SpeechEngine>(std::move(speech_output));
  ui_options.speech = speech_engine;
  ui_options.read_aloud = options.read_aloud;
  GlTextures textures;  // the record view's PDF pages on the GPU
  ui_options.staff.textures = textures.source();
  ui::KioskUi kiosk(ui_options);
  kiosk.apply_settings(backend.settings);
  if (options.language) kiosk.set_language(*options.language);
  if (options.larger_text) kiosk.set_larger_text(true);

  auto window = KioskWindow::open(options, kiosk.pointer(), kiosk.keys());
  if (!window) {
    err << "intake-kiosk: " << window.error().message << "\n";
    return kExitNoDisplay;
  }
  auto renderer = GlRenderer::create();
  if (!renderer) {
    err << "intake-kiosk: " << renderer.error().message << "\n";
    return kExitNoDisplay;
  }
  // Declared after the window, so it runs first on the way out: the textures go while their GL
  // context still exists (the UI, destroyed last, then releases nothing).
  struct ReleaseTexturesFirst {
    GlTextures& textures;
    ~ReleaseTexturesFirst() { textures.release_all(); }
  } release_textures_first{textures};

  // After the window exists, so no request is answered before there is a screen to describe.
  std::optional<ProbeChannel> probe_channel;
  if (options.probe_fd >= 0) probe_channel.emplace(options.probe_fd, &wake_kiosk_window_loop);

  bool screenshot_taken = false;
  bool draw_next = true;
  double wake_after = -1.0;
  int frames_drawn = 0;
  while (!signals.requested() && !(*window)->close_requested()) {
    notifier.alive((*window)->now());
    if (!draw_next) {
      // Idle: sleep until input arrives (or a countdown needs the next tick, or the watchdog
      // the next ping). No busy loop.
      (*window)->wait_for_events(shorter_wait(wake_after, notifier.longest_sleep()));
    } else {
      (*window)->wait_for_events(0);
    }
    if (signals.requested()) break;
    const double frame_start = (*window)->now();
    const int width = (*window)->framebuffer_width();
    const int height = (*window)->framebuffer_height();
    if (width <= 0 || height <= 0) {
      draw_next = false;
      continue;
    }
    auto fonts_changed = kiosk.prepare_fonts(float(width), float(height));
    if (!fonts_changed) {
      err << "intake-kiosk: " << fonts_changed.error().message << "\n";
      return kExitFailure;
    }
    if (*fonts_changed && !renderer->upload_fonts()) {
      err << "intake-kiosk: the font texture could not be put on the graphics card\n";
      return kExitFailure;
    }
    ui::FrameResult result = kiosk.frame(float(width), float(height), frame_start);
    renderer->render(width, height);
    textures.after_render();  // what the UI released during this frame, now that it is drawn
    ++frames_drawn;
    if (options.screenshot_path && !screenshot_taken && !result.needs_another_frame && frames_drawn >= 3) {
      auto written = write_framebuffer_png(*options.screenshot_path, width, height);
      if (!written) err << "intake-kiosk: " << written.error().message << "\n";
      screenshot_taken = true;
      if (options.exit_after_screenshot) {
        // The settled screen was handed to read aloud in this frame: let it be written first.
        if (options.read_aloud && !speech_engine->wait_until_idle(std::chrono::seconds(120)))
          err << "intake-kiosk: read aloud did not finish within 2 minutes\n";
        if (options.read_aloud && !speech_engine->problem().empty())
          err << "intake-kiosk: read aloud: " << speech_engine->problem() << "\n";
        break;
      }
    }
    // Like the screenshot: only a settled screen, and not ImGui's first frames (still laying out).
    if (probe_channel && probe_channel->pending() && frames_drawn >= 3) {
      if (auto request = probe_channel->take(!result.needs_another_frame && !result.waiting)) {
        std::string answer;
        if (!request->screenshot_path.empty())
          if (auto written = write_framebuffer_png(request->screenshot_path, width, height); !written)
            answer = "problem " + written.error().message + "\n";
        probe_channel->answer(answer + ui::probe_lines(kiosk.probe()));
      }
    }
    (*window)->swap_buffers();
    notifier.ready();
    draw_next = result.needs_another_frame || (options.screenshot_path && !screenshot_taken) ||
                (probe_channel && probe_channel->pending());
    wake_after = result.wake_after_seconds;
    if (draw_next) {
      // Cap the frame rate even where swap does not wait for vsync (Xvfb, some drivers).
      const double spent = (*window)->now() - frame_start;
      if (spent < kFrameInterval) (*window)->wait_for_events(kFrameInterval - spent);
    }
  }
  notifier.stopping();
  return 0;
}

}  // namespace intake
