#include "platform/glfw_window.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <optional>
#include <string>

namespace intake {

struct KioskWindow::State {
  ui::PointerInput& pointer;
  ui::KeyInput& keys;
  GLFWwindow* window = nullptr;
  bool glfw_initialised = false;
  bool close_allowed = false;
  bool close_requested = false;

  ~State() {
    if (window) glfwDestroyWindow(window);
    if (glfw_initialised) glfwTerminate();
  }
};

namespace {

KioskWindow::State& state_of(GLFWwindow* window) {
  return *static_cast<KioskWindow::State*>(glfwGetWindowUserPointer(window));
}

std::optional<ui::Key> map_key(int glfw_key) {
  switch (glfw_key) {
    case GLFW_KEY_TAB: return ui::Key::Tab;
    case GLFW_KEY_LEFT: return ui::Key::Left;
    case GLFW_KEY_RIGHT: return ui::Key::Right;
    case GLFW_KEY_UP: return ui::Key::Up;
    case GLFW_KEY_DOWN: return ui::Key::Down;
    case GLFW_KEY_HOME: return ui::Key::Home;
    case GLFW_KEY_END: return ui::Key::End;
    case GLFW_KEY_DELETE: return ui::Key::Delete;
    case GLFW_KEY_BACKSPACE: return ui::Key::Backspace;
    case GLFW_KEY_ENTER:
    case GLFW_KEY_KP_ENTER: return ui::Key::Enter;
    case GLFW_KEY_ESCAPE: return ui::Key::Escape;
    default: return std::nullopt;
  }
}

void install_callbacks(GLFWwindow* window) {
  // Every cursor event GLFW reports between frames is queued, so strokes follow the finger.
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
    state_of(w).pointer.push({ui::PointerKind::Move, float(x), float(y), glfwGetTime()});
  });
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    state_of(w).pointer.push({action == GLFW_PRESS ? ui::PointerKind::Down : ui::PointerKind::Up, float(x),
                              float(y), glfwGetTime()});
  });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int) {
    auto mapped = map_key(key);
    if (!mapped || action == GLFW_REPEAT) return;
    state_of(w).keys.push(
        {action == GLFW_PRESS ? ui::KeyEvent::Kind::Press : ui::KeyEvent::Kind::Release, *mapped, {}});
  });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int codepoint) {
    state_of(w).keys.type(std::u32string(1, static_cast<char32_t>(codepoint)));
  });
  glfwSetWindowCloseCallback(window, [](GLFWwindow* w) {
    auto& state = state_of(w);
    if (state.close_allowed) {
      state.close_requested = true;
    } else {
      glfwSetWindowShouldClose(w, GLFW_FALSE);  // Alt+F4 does nothing in patient mode
    }
  });
}

}  // namespace

Result<std::unique_ptr<KioskWindow>> KioskWindow::open(const KioskOptions& options, ui::PointerInput& pointer,
                                                       ui::KeyInput& keys) {
  auto state = std::make_unique<State>(State{pointer, keys});
  if (!glfwInit()) {
    const char* description = nullptr;
    glfwGetError(&description);
    return Error{std::string("The display could not be opened (") +
                 (description ? description : "no reason given") +
                 "). Start the kiosk from a desktop session, or under xvfb-run."};
  }
  state->glfw_initialised = true;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);

  int width = options.window_width, height = options.window_height, x = 0, y = 0;
  if (!options.windowed) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (mode == nullptr) return Error{"No monitor was found for the fullscreen kiosk."};
    glfwGetMonitorPos(monitor, &x, &y);
    width = mode->width;
    height = mode->height;
    // Borderless and covering the whole monitor, without a video mode change.
    glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    glfwWindowHint(GLFW_FLOATING, GLFW_TRUE);
  }
  state->window = glfwCreateWindow(width, height, "Patient check-in", nullptr, nullptr);
  if (state->window == nullptr) {
    const char* description = nullptr;
    glfwGetError(&description);
    return Error{std::string("The kiosk window could not be created (") +
                 (description ? description : "OpenGL 3.3 may be missing") + ")."};
  }
  if (!options.windowed) {
    glfwSetWindowPos(state->window, x, y);
    glfwSetInputMode(state->window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
  }
  glfwSetWindowUserPointer(state->window, state.get());
  install_callbacks(state->window);
  glfwMakeContextCurrent(state->window);
  glfwSwapInterval(1);
  return std::unique_ptr<KioskWindow>(new KioskWindow(std::move(state)));
}

KioskWindow::KioskWindow(std::unique_ptr<State> state) : state_(std::move(state)) {}
KioskWindow::~KioskWindow() = default;

void KioskWindow::wait_for_events(double timeout_seconds) {
  if (timeout_seconds < 0)
    glfwWaitEvents();
  else if (timeout_seconds == 0)
    glfwPollEvents();
  else
    glfwWaitEventsTimeout(timeout_seconds);
}

void KioskWindow::swap_buffers() { glfwSwapBuffers(state_->window); }

int KioskWindow::framebuffer_width() const {
  int w = 0, h = 0;
  glfwGetFramebufferSize(state_->window, &w, &h);
  return w;
}

int KioskWindow::framebuffer_height() const {
  int w = 0, h = 0;
  glfwGetFramebufferSize(state_->window, &w, &h);
  return h;
}

double KioskWindow::now() const { return glfwGetTime(); }
void KioskWindow::set_close_allowed(bool allowed) { state_->close_allowed = allowed; }
bool KioskWindow::close_requested() const { return state_->close_requested; }

void wake_kiosk_window_loop() { glfwPostEmptyEvent(); }

}  // namespace intake
