#include "ui/widgets/scroll_view.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "ui/theme.hpp"
#include "ui/widgets/pointer_hit.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace intake::ui {

namespace {

// Tuned to feel like a phone at 1080p; every distance follows the UI scale.
constexpr float kSlopPx = 12.f;            // movement that turns a press into a drag
constexpr double kVelocityWindow = 0.100;  // seconds of samples behind a fling
constexpr float kFriction = 2.5f;          // 1/s: velocity falls to e^-2.5 (8%) each second
constexpr float kStopSpeedPx = 12.f;       // px/s below which coasting stops
constexpr float kMaxSpeedPx = 9000.f;      // px/s, caps a mis-measured flick
constexpr float kWheelStepPx = 120.f;      // per wheel notch (front-desk mouse)

float clamp_offset(const ScrollState& state, float offset) {
  return std::clamp(offset, 0.f, state.max_offset());
}

// The press that started this gesture must not click anything: take it away from ImGui, and
// stop a window drag ImGui may have started on empty space inside the view.
void cancel_press(const ImGuiWindow* view_window, const ImGuiWindow* parent) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.MovingWindow != nullptr &&
      (is_same_or_child_window(g.MovingWindow, view_window) || g.MovingWindow == parent))
    g.MovingWindow = nullptr;
  if (g.ActiveId != 0) ImGui::ClearActiveID();
}

float fling_velocity(const ScrollState& state) {
  if (state.samples.size() < 2) return 0.f;
  const auto& [t0, y0] = state.samples.front();
  const auto& [t1, y1] = state.samples.back();
  const double dt = t1 - t0;
  if (dt < 0.008) return 0.f;  // too short to say anything about the speed
  // Content moves opposite to the finger: a finger going up (y falling) scrolls down.
  return static_cast<float>(-(y1 - y0) / dt);
}

void remember_sample(ScrollState& state, double time, float y) {
  state.samples.emplace_back(time, y);
  // Samples older than the window say nothing about how the finger left the glass.
  while (state.samples.size() > 1 && state.samples.front().first < time - kVelocityWindow)
    state.samples.pop_front();
}

void follow_pointer(UiFrame& frame, ScrollState& state, const ImRect& view, float margin_below,
                    const ImGuiWindow* view_window, const ImGuiWindow* parent) {
  const ImRect margin(ImVec2(view.Min.x, view.Max.y), ImVec2(view.Max.x, view.Max.y + margin_below));
  const float slop = frame.metrics.px(kSlopPx);
  for (const PointerEvent& event : frame.pointer.frame_events()) {
    const ImVec2 at(event.x, event.y);
    switch (event.kind) {
      case PointerKind::Down: {
        const bool on_view =
            (view.Contains(at) && point_reaches_window(view_window ? view_window : parent, at)) ||
            (margin_below > 0.f && margin.Contains(at) && point_reaches_window(parent, at));
        state.tracking = on_view;
        state.dragging = false;
        state.samples.clear();
        if (!on_view) break;
        // A finger landing on a coasting page catches it, as on a phone, and taps nothing.
        const bool was_coasting = state.velocity != 0.f;
        state.velocity = 0.f;
        state.press_x = event.x;
        state.press_y = event.y;
        state.press_offset = state.offset;
        state.dragging = was_coasting;
        remember_sample(state, event.time, event.y);
        break;
      }
      case PointerKind::Move:
      case PointerKind::Up: {
        if (!state.tracking) break;
        if (!state.dragging && drags_claimed(view_window)) {
          // The press landed on a widget that draws with the finger (a signature pad).
          state.tracking = false;
          state.samples.clear();
          break;
        }
        if (!state.dragging && std::hypot(event.x - state.press_x, event.y - state.press_y) > slop) {
          // From here the content follows the finger 1:1, starting where it is now (no jump
          // by the slop distance).
          state.dragging = true;
          state.press_y = event.y;
          state.press_offset = state.offset;
        }
        if (state.dragging)
          state.offset = clamp_offset(state, state.press_offset - (event.y - state.press_y));
        remember_sample(state, event.time, event.y);
        if (event.kind == PointerKind::Up) {
          if (state.dragging) {
            const float limit = frame.metrics.px(kMaxSpeedPx);
            state.velocity = std::clamp(fling_velocity(state), -limit, limit);
            if (std::abs(state.velocity) < frame.metrics.px(kStopSpeedPx)) state.velocity = 0.f;
          }
          state.tracking = false;
          state.dragging = false;
          state.samples.clear();
        }
        break;
      }
    }
  }
  // The host may never deliver the release to this view (the screen changed under the finger).
  if (state.tracking && !frame.pointer.is_down() && frame.pointer.frame_events().empty()) {
    state.tracking = false;
    state.dragging = false;
    state.samples.clear();
  }
}

void coast(UiFrame& frame, ScrollState& state, double dt) {
  if (state.tracking || state.velocity == 0.f) return;
  const float before = state.offset;
  state.offset = clamp_offset(state, state.offset + state.velocity * static_cast<float>(dt));
  state.velocity *= std::exp(-kFriction * static_cast<float>(dt));
  const bool hit_end = state.offset == before && dt > 0.0;
  if (hit_end || std::abs(state.velocity) < frame.metrics.px(kStopSpeedPx)) state.velocity = 0.f;
  if (state.velocity != 0.f) frame.animating = true;
}

}  // namespace

float ScrollState::progress() const {
  const float range = max_offset();
  if (range <= 0.f) return 1.f;
  return std::clamp(offset / range, 0.f, 1.f);
}

ScrollView::ScrollView(UiFrame& frame, const char* id, ScrollState& state, ImVec2 size,
                       float drag_margin_below)
    : frame_(frame), state_(state) {
  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  // Resolve the size as BeginChild will, so the view's rectangle is known before it begins.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0.f) size.x = std::max(avail.x + size.x, 4.f);
  if (size.y <= 0.f) size.y = std::max(avail.y + size.y, 4.f);
  size = ImFloor(size);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImRect view(origin, ImVec2(origin.x + size.x, origin.y + size.y));
  ImGuiWindow* view_window = state.window_id ? ImGui::FindWindowByID(state.window_id) : nullptr;

  double dt = state.last_time < 0.0 ? 0.0 : frame.now - state.last_time;
  dt = std::clamp(dt, 0.0, 0.1);  // a long pause (screen not shown) must not jump the page
  state.last_time = frame.now;

  follow_pointer(frame, state, view, drag_margin_below, view_window, parent);
  coast(frame, state, dt);

  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseWheel != 0.f && view.Contains(io.MousePos) &&
      point_reaches_window(view_window ? view_window : parent, io.MousePos)) {
    state.offset -= io.MouseWheel * frame.metrics.px(kWheelStepPx);
    state.velocity = 0.f;
  }
  if (state.measured) state.offset = clamp_offset(state, state.offset);
  if (state.dragging) cancel_press(view_window, parent);

  ProbeScroll record;
  record.id_path = frame.id_path(id);
  record.rect = {view.Min.x, view.Min.y, view.Max.x, view.Max.y};
  record.offset = state.offset;
  record.content_height = state.content_height;
  record.view_height = state.measured ? state.view_height : size.y;
  frame.probe.scrolls.push_back(std::move(record));

  ImGui::SetNextWindowScroll(ImVec2(0.f, state.offset));
  child_.emplace(id, size, false,
                 ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav);
  open_ = static_cast<bool>(*child_);
  state.window_id = ImGui::GetCurrentWindow()->ID;
}

ScrollView::~ScrollView() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (open_) {
    // Content height in content coordinates: from the top of the content to the bottom of
    // the last item, plus the child's own padding, as ImGui computes its scroll range.
    const float content =
        window->DC.CursorMaxPos.y - window->Pos.y + window->Scroll.y + window->WindowPadding.y;
    state_.content_height = std::max(content, 0.f);
    state_.view_height = window->Size.y;
    state_.measured = true;
    state_.offset = std::clamp(state_.offset, 0.f, state_.max_offset());
    // Half a pixel of tolerance for rounding in ImGui's layout.
    if (state_.offset + state_.view_height >= state_.content_height - 0.5f) state_.reached_end = true;
  }
  if (state_.dragging) cancel_press(window, window->ParentWindow);
  child_.reset();
}

namespace {
constexpr float kPageBarWidthPx = 36.f;
constexpr float kPageBarGapPx = 16.f;
}  // namespace

ScrolledPage::ScrolledPage(UiFrame& frame, const char* id, ScrollState& state, ImVec2 size,
                           float drag_margin_below)
    : frame_(frame),
      state_(state),
      origin_(ImGui::GetCursorPos()),
      overflows_(state.measured && state.content_height > state.view_height + 1.f) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0.f) size.x = std::max(avail.x + size.x, 4.f);
  if (size.y <= 0.f) size.y = std::max(avail.y + size.y, 4.f);
  if (overflows_) size.x -= frame.metrics.px(kPageBarWidthPx + kPageBarGapPx);
  size_ = size;
  view_.emplace(frame, id, state, size, drag_margin_below);
}

ScrolledPage::~ScrolledPage() {
  view_.reset();
  if (overflows_) {
    ImGui::SetCursorPos(ImVec2(origin_.x + size_.x + frame_.metrics.px(kPageBarGapPx), origin_.y));
    draw_scroll_progress(frame_, state_, ImVec2(frame_.metrics.px(kPageBarWidthPx), size_.y), false);
  }
  ImGui::SetCursorPos(ImVec2(origin_.x, origin_.y + size_.y));
}

void scroll_to_reveal(ScrollState& state, float y0, float y1) {
  if (y1 < y0) std::swap(y0, y1);
  float offset = state.offset;
  if (y1 - y0 > state.view_height || y0 < offset) {
    offset = y0;  // taller than the view, or above it: show its top
  } else if (y1 > offset + state.view_height) {
    offset = y1 - state.view_height;
  }
  state.velocity = 0.f;
  state.offset = state.measured ? std::clamp(offset, 0.f, state.max_offset()) : std::max(offset, 0.f);
}

std::string scroll_progress_words(const UiFrame& frame, const ScrollState& state) {
  const float progress = state.reached_end ? 1.f : state.progress();
  const int percent = static_cast<int>(std::floor(progress * 100.f + 0.5f));
  return fmt::format(fmt::runtime(frame.t("scroll.percent_read")), fmt::arg("percent", percent));
}

void draw_scroll_progress(UiFrame& frame, const ScrollState& state, ImVec2 size, bool show_words) {
  if (!frame.probe.scrolls.empty()) frame.probe.scrolls.back().bar = true;  // the view it stands beside
  const float progress = state.reached_end ? 1.f : state.progress();

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0.f) size.x = std::max(avail.x + size.x, 4.f);
  const bool vertical = size.y > size.x;
  const float thickness = frame.metrics.px(12.f);
  if (size.y <= 0.f) size.y = thickness;

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float round = thickness * 0.5f;
  if (vertical) {
    // A track down the middle of the column, filled as far as the reader has got, with a
    // marker for the part on screen.
    const float x0 = origin.x + (size.x - thickness) * 0.5f;
    const ImVec2 top(x0, origin.y), bottom(x0 + thickness, origin.y + size.y);
    draw->AddRectFilled(top, bottom, theme::kDisabledFill, round);
    draw->AddRectFilled(top, ImVec2(bottom.x, top.y + size.y * progress), theme::kPrimary, round);
    if (state.content_height > 0.f && state.view_height < state.content_height) {
      const float share = state.view_height / state.content_height;
      const float y = top.y + size.y * (state.offset / state.content_height);
      draw->AddRect(ImVec2(x0 - 3.f, y), ImVec2(bottom.x + 3.f, y + size.y * share), theme::kText, round, 0,
                    frame.metrics.px(2.f));
    }
  } else {
    const float y0 = origin.y + (size.y - thickness) * 0.5f;
    const ImVec2 left(origin.x, y0), right(origin.x + size.x, y0 + thickness);
    draw->AddRectFilled(left, right, theme::kDisabledFill, round);
    draw->AddRectFilled(left, ImVec2(left.x + size.x * progress, right.y), theme::kPrimary, round);
  }
  // The words carry the same information for anyone who cannot judge the bar.
  if (show_words)
    text_block(frame, scroll_progress_words(frame, state), frame.fonts.body, theme::kMutedText,
               vertical ? size.x : 0.f);
}

}  // namespace intake::ui
