#include "ui/widgets/signature_pad.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "common/secure_memory.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/pointer_hit.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

constexpr ImU32 kInk = theme::rgb(0x10, 0x1E, 0x4A);  // dark blue-black, like a pen
constexpr float kInkWidthPx = 4.f;
constexpr float kBaselineShare = 0.7f;

struct PadGeometry {
  ImVec2 origin;  // screen position of the pad's top-left corner
  ImVec2 size;    // screen size
  ImVec2 units;   // the drawing's own width/height (points are stored in these units)
  ImVec2 to_screen(float x, float y) const {
    return ImVec2(origin.x + x * size.x / units.x, origin.y + y * size.y / units.y);
  }
};

StrokePoint pad_point(const PadGeometry& pad, const PointerEvent& event, double started_at) {
  // Clamped: a stroke that runs off the pad keeps its last point on the edge.
  const float x = std::clamp(event.x - pad.origin.x, 0.f, pad.size.x);
  const float y = std::clamp(event.y - pad.origin.y, 0.f, pad.size.y);
  StrokePoint point;
  point.x = x * pad.units.x / pad.size.x;
  point.y = y * pad.units.y / pad.size.y;
  point.t_ms = std::llround((event.time - started_at) * 1000.0);
  return point;
}

void take_pointer_events(const UiFrame& frame, SignaturePadState& state, const PadGeometry& pad,
                         const ImGuiWindow* window) {
  const ImRect rect(pad.origin, ImVec2(pad.origin.x + pad.size.x, pad.origin.y + pad.size.y));
  auto add = [&](const PointerEvent& event) {
    Stroke& stroke = state.drawing.strokes.back();
    const StrokePoint point = pad_point(pad, event, state.started_at);
    if (!stroke.empty() && stroke.back().x == point.x && stroke.back().y == point.y) return;
    stroke.push_back(point);
  };
  for (const PointerEvent& event : frame.pointer.frame_events()) {
    switch (event.kind) {
      case PointerKind::Down:
        state.stroke_open =
            rect.Contains(ImVec2(event.x, event.y)) && point_reaches_window(window, ImVec2(event.x, event.y));
        if (!state.stroke_open) break;
        if (state.started_at < 0.0) state.started_at = event.time;
        state.drawing.strokes.emplace_back();
        add(event);
        break;
      case PointerKind::Move:
        if (state.stroke_open) add(event);
        break;
      case PointerKind::Up:
        if (state.stroke_open) add(event);
        state.stroke_open = false;
        break;
    }
  }
  // The release never reached the pad (e.g. the screen changed): end the stroke anyway.
  if (state.stroke_open && !frame.pointer.is_down()) state.stroke_open = false;
}

// Uniform Catmull-Rom through the stroke's points, so the line passes through every point the
// finger reported and bends smoothly between them.
std::vector<ImVec2> smooth_path(const std::vector<ImVec2>& points, float step_px) {
  if (points.size() < 3) return points;
  std::vector<ImVec2> path;
  path.reserve(points.size() * 4);
  path.push_back(points.front());
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const ImVec2 p0 = points[i == 0 ? 0 : i - 1], p1 = points[i], p2 = points[i + 1];
    const ImVec2 p3 = points[std::min(i + 2, points.size() - 1)];
    const float length = std::hypot(p2.x - p1.x, p2.y - p1.y);
    const int steps = std::clamp(static_cast<int>(length / step_px), 1, 16);
    for (int s = 1; s <= steps; ++s) {
      const float t = static_cast<float>(s) / static_cast<float>(steps);
      const float t2 = t * t, t3 = t2 * t;
      auto blend = [&](float a, float b, float c, float d) {
        return 0.5f * (2.f * b + (-a + c) * t + (2.f * a - 5.f * b + 4.f * c - d) * t2 +
                       (-a + 3.f * b - 3.f * c + d) * t3);
      };
      path.emplace_back(blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y));
    }
  }
  return path;
}

void draw_strokes(ImDrawList* draw, const SignatureDrawing& drawing, const PadGeometry& pad,
                  float thickness) {
  const float radius = thickness * 0.5f;
  std::vector<ImVec2> points;
  for (const Stroke& stroke : drawing.strokes) {
    if (stroke.empty()) continue;
    points.clear();
    for (const StrokePoint& p : stroke) points.push_back(pad.to_screen(p.x, p.y));
    const std::vector<ImVec2> path = smooth_path(points, thickness * 0.75f);
    if (path.size() >= 2)
      draw->AddPolyline(path.data(), static_cast<int>(path.size()), kInk, ImDrawFlags_None, thickness);
    // Round caps and joins: a disc on every reported point hides the polyline's square
    // corners where the finger turned sharply; a single point shows as a dot.
    for (const ImVec2& p : points) draw->AddCircleFilled(p, radius, kInk, 12);
  }
}

void draw_pad_background(const UiFrame& frame, ImDrawList* draw, const PadGeometry& pad, bool empty,
                         std::string_view hint) {
  const ImVec2 min = pad.origin;
  const ImVec2 max(pad.origin.x + pad.size.x, pad.origin.y + pad.size.y);
  const float rounding = frame.metrics.px(14.f);
  draw->AddRectFilled(min, max, theme::kSurface, rounding);
  draw->AddRect(min, max, theme::kBorder, rounding, 0, frame.metrics.px(2.5f));

  // The baseline with an "×" at its start, where people expect to sign.
  const float base_y = min.y + pad.size.y * kBaselineShare;
  const float margin = frame.metrics.px(40.f);
  ImFont* mark_font = frame.fonts.heading;
  const char* mark = "\xC3\x97";  // ×
  const ImVec2 mark_size = mark_font->CalcTextSizeA(mark_font->FontSize, FLT_MAX, 0.f, mark);
  draw->AddText(mark_font, mark_font->FontSize, ImVec2(min.x + margin, base_y - mark_size.y * 0.85f),
                theme::kMutedText, mark);
  draw->AddLine(ImVec2(min.x + margin + mark_size.x + frame.metrics.px(12.f), base_y),
                ImVec2(max.x - margin, base_y), theme::kBorder, frame.metrics.px(2.f));

  if (!empty || hint.empty()) return;
  ImFont* font = frame.fonts.body;
  const ImVec2 hint_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, pad.size.x - 2 * margin, hint.data(),
                                               hint.data() + hint.size());
  const ImVec2 at(min.x + (pad.size.x - hint_size.x) * 0.5f,
                  min.y + (pad.size.y * kBaselineShare - hint_size.y) * 0.5f);
  draw->AddText(font, font->FontSize, at, theme::kMutedText, hint.data(), hint.data() + hint.size(),
                pad.size.x - 2 * margin);
}

}  // namespace

void draw_signature_pad(UiFrame& frame, std::string_view id, SignaturePadState& state, ImVec2 size,
                        std::string_view hint) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0.f) size.x = std::max(avail.x + size.x, 4.f);
  if (size.y <= 0.f) size.y = std::max(avail.y + size.y, 4.f);
  // Points are kept in the pad's size when the drawing began, so a later resize (larger text
  // on, or a rotated screen) shows the same drawing scaled rather than distorted data.
  if (state.drawing.empty() || state.drawing.width <= 0.f || state.drawing.height <= 0.f) {
    state.drawing.width = size.x;
    state.drawing.height = size.y;
  }
  PadGeometry pad{ImGui::GetCursorScreenPos(), size, ImVec2(state.drawing.width, state.drawing.height)};

  // The invisible button claims the press, so a stroke never scrolls or taps anything else.
  const std::string imgui_id(id);
  ImGui::InvisibleButton(imgui_id.c_str(), size);
  claim_drags(ImGui::IsItemActive());  // a scroll view around the pad must not scroll
  // Labelled by its id: the hint is text on the pad only while it is empty.
  record_last_item(frame, id, id, true, false);
  frame.probe.items.back().spoken = false;  // its hint is read instead of its id
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  take_pointer_events(frame, state, pad, window);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_pad_background(frame, draw, pad, state.drawing.empty(), hint);
  if (state.drawing.empty() && !hint.empty() && ImGui::IsItemVisible())
    frame.probe.add(ProbeText{std::string(hint),
                              {pad.origin.x, pad.origin.y, pad.origin.x + size.x, pad.origin.y + size.y}});
  ScopedClipRect clip(draw, pad.origin, ImVec2(pad.origin.x + size.x, pad.origin.y + size.y));
  draw_strokes(draw, state.drawing, pad, frame.metrics.px(kInkWidthPx));
}

void clear_signature(SignaturePadState& state) {
  for (Stroke& stroke : state.drawing.strokes) secure_wipe(stroke);
  state.drawing.strokes.clear();
  state.drawing.strokes.shrink_to_fit();
  state.stroke_open = false;
  state.started_at = -1.0;
}

}  // namespace intake::ui
