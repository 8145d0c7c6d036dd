#pragma once
// Text that the probe can read back: headings, body paragraphs, notes.
#include <imgui.h>

#include <string_view>

#include "ui/ui_frame.hpp"

namespace intake::ui {

// Draws text wrapped to the available width (or wrap_width when > 0) and records it.
void text_block(UiFrame& frame, std::string_view text, ImFont* font, ImU32 color, float wrap_width = 0.f);
void heading(UiFrame& frame, std::string_view text);
void body_text(UiFrame& frame, std::string_view text);
void muted_text(UiFrame& frame, std::string_view text);
// A message placed next to the thing it is about (e.g. a required answer), boxed and in words.
void attention_note(UiFrame& frame, std::string_view text);
// The size ImGui lays `text` out at in `font` (on one line, rounded as ImGui rounds).
ImVec2 text_size(ImFont* font, std::string_view text);
// The width of the widest word of text in font: what a column must at least be for the text to
// wrap without splitting a word.
float longest_word_width(ImFont* font, std::string_view text);
// Text centred in a column that starts at the cursor and is width wide (0: the rest of the row).
void centered_text(UiFrame& frame, std::string_view text, ImFont* font, ImU32 color, float width = 0.f);

}  // namespace intake::ui
