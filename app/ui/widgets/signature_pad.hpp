#pragma once
// A large signature pad: a baseline and an "x", strokes that follow the finger exactly (every
// pointer event of the frame, not one point per frame), drawn smooth. Coordinates are stored in
// the pad's own pixel size so the PDF can scale them faithfully.
#include <imgui.h>

#include <string_view>

#include "session/intake_session.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct SignaturePadState {
  SignatureDrawing drawing;  // width/height set from the pad size on first draw
  bool stroke_open = false;  // a finger is down and drawing
  double started_at = -1.0;  // time of the first point, for StrokePoint::t_ms
};

// Draws the pad (size in screen px) and adds this frame's pointer events that start inside it.
// Records a probe item with id path ".../<id>" so tests can find the pad's rectangle.
void draw_signature_pad(UiFrame& frame, std::string_view id, SignaturePadState& state, ImVec2 size,
                        std::string_view hint /* e.g. "Sign here with your finger" */);

// Clears the strokes (Clear button), wiping the old points.
void clear_signature(SignaturePadState& state);

}  // namespace intake::ui
