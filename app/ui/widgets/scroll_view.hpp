#pragma once
// A vertical scroll region that scrolls by dragging with a finger, with momentum like a phone,
// and knows how far there is to go. A drag that scrolls never taps the button it started on:
// once the finger moves past a small slop the press is taken away from ImGui.
#include <imgui.h>

#include <deque>
#include <string>
#include <utility>

#include <optional>

#include "ui/imgui_scope.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct ScrollState {
  float offset = 0.f;          // current scroll position, 0 = top
  float velocity = 0.f;        // px/s while coasting after a fling
  float content_height = 0.f;  // measured at the end of the last frame
  float view_height = 0.f;
  bool tracking = false;  // a finger is down inside the view
  bool dragging = false;  // ... and has moved past the slop: this is a scroll
  float press_x = 0.f;
  float press_y = 0.f;
  float press_offset = 0.f;
  std::deque<std::pair<double, float>> samples;  // (time, finger y) for the fling velocity
  bool reached_end = false;                      // the end of the content has been on screen at least once
  double last_time = -1.0;                       // frame.now of the last frame drawn, for the coasting step
  unsigned window_id = 0;  // the ImGui child window, to hit-test presses before it begins
  bool measured = false;   // content_height holds a real measurement

  float max_offset() const { return content_height > view_height ? content_height - view_height : 0.f; }
  // 0 at the top, 1 when the end is visible (1 also when everything fits).
  float progress() const;
  void reset() { *this = ScrollState{}; }
};

// Usage: { ScrollView view(frame, "consent", state, size); ...draw content...; }
// Content drawn inside is clipped to the view; the probe marks clipped items invisible.
class ScrollView {
 public:
  // drag_margin_below: a strip under the view (the "More questions below" cue) where a finger
  // that lands also scrolls the view, as a patient expects of a cue that says there is more.
  ScrollView(UiFrame& frame, const char* id, ScrollState& state, ImVec2 size, float drag_margin_below = 0.f);
  ~ScrollView();
  ScrollView(const ScrollView&) = delete;
  ScrollView& operator=(const ScrollView&) = delete;

 private:
  UiFrame& frame_;
  ScrollState& state_;
  std::optional<ScopedChild> child_;  // ended after the content is measured
  bool open_ = false;                 // BeginChild's answer: false when the view is clipped away entirely
};

// A page's scrolling content with a scroll bar beside it whenever the content is taller than the
// view (as measured last frame): a patient sees there is more before anything is cut off.
// Afterwards the cursor is just under the view, at its left.
class ScrolledPage {
 public:
  ScrolledPage(UiFrame& frame, const char* id, ScrollState& state, ImVec2 size,
               float drag_margin_below = 0.f);
  ~ScrolledPage();
  ScrolledPage(const ScrolledPage&) = delete;
  ScrolledPage& operator=(const ScrolledPage&) = delete;
  bool overflows() const { return overflows_; }
  float view_width() const { return size_.x; }

 private:
  UiFrame& frame_;
  ScrollState& state_;
  ImVec2 origin_;
  ImVec2 size_;
  bool overflows_;
  std::optional<ScrollView> view_;
};

// Asks the view to bring [y0, y1] (content coordinates, 0 = top of content) into view.
void scroll_to_reveal(ScrollState& state, float y0, float y1);

// A slim bar beside a scroll view showing where the reader is, plus the words "N% read".
// show_words = false leaves the words to the caller (e.g. a narrow bar beside a document,
// whose screen says how far there is to go elsewhere).
void draw_scroll_progress(UiFrame& frame, const ScrollState& state, ImVec2 size, bool show_words = true);
// "N% read" for the state, in the frame's language.
std::string scroll_progress_words(const UiFrame& frame, const ScrollState& state);

}  // namespace intake::ui
