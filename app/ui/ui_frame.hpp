#pragma once
// Everything a screen or widget needs while drawing one frame. Passed by reference; nothing
// about the UI lives in globals, so several kiosks (or tests) can run side by side.
#include <string>
#include <string_view>
#include <vector>

#include "ui/font_set.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/pointer_input.hpp"
#include "ui/ui_metrics.hpp"
#include "ui/ui_probe.hpp"
#include "ui/ui_strings.hpp"

namespace intake::ui {

struct UiFrame {
  const UiMetrics& metrics;
  const FontSet& fonts;
  const UiStrings& strings;
  std::string language;  // "en", "es"
  UiProbe& probe;
  const PointerInput& pointer;  // this frame's pointer events (every one, not just the last)
  double now = 0.0;             // seconds on the host's monotonic clock (a test clock in tests)
  bool animating = false;       // a widget sets this to ask the host for another frame
  bool waiting = false;         // work runs on another thread (a PIN check, a submission): draw again shortly
  bool keyboard_up = false;     // the on-screen keyboard covers the bottom of the screen
  std::vector<std::string> id_stack;

  const std::string& t(std::string_view key) const { return strings.get(language, key); }
  std::string id_path(std::string_view leaf) const;
};

// Where a probe path starts: under the current one, or afresh (the keyboard is "keyboard/..."
// whatever screen draws it).
enum class ProbePathFrom { parent, root };

// A probe path segment alone, for a window (whose name already scopes ImGui's ids).
class [[nodiscard]] ScopedProbePath {
 public:
  ScopedProbePath(UiFrame& frame, std::string_view name, ProbePathFrom from = ProbePathFrom::parent);
  ~ScopedProbePath();
  ScopedProbePath(const ScopedProbePath&) = delete;
  ScopedProbePath& operator=(const ScopedProbePath&) = delete;

 private:
  UiFrame& frame_;
  std::vector<std::string> saved_;  // the path before a fresh one (ProbePathFrom::root)
  bool from_root_;
};

// Pushes an ImGui ID and a probe path segment together, so the test driver can find a widget
// by "screen/section/button". The only way app/ui pushes an id.
class [[nodiscard]] ScopedId {
 public:
  ScopedId(UiFrame& frame, std::string_view name, ProbePathFrom from = ProbePathFrom::parent)
      : imgui_id_(name), path_(frame, name, from) {}

 private:
  ScopedImGuiId imgui_id_;
  ScopedProbePath path_;  // declared last: left first, as it was entered last
};

}  // namespace intake::ui
