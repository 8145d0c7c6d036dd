#include "ui/widgets/text_blocks.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/probe_layout.hpp"
#include "ui/theme.hpp"

namespace intake::ui {

namespace {

// wrap_px: the width the text was wrapped at, to tell whether a word had to be split.
void record_text(UiFrame& frame, std::string_view text, float wrap_px) {
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  if (!ImGui::IsItemVisible()) return;  // scrolled away: not on screen, not readable
  ProbeText record{std::string(text), {min.x, min.y, max.x, max.y}};
  record.layout = layout_in_current_window(min, max);
  record.layout.broken_word = splits_a_word(ImGui::GetFont(), text, wrap_px);
  frame.probe.add(std::move(record));
}

}  // namespace

void text_block(UiFrame& frame, std::string_view text, ImFont* font, ImU32 color, float wrap_width) {
  ScopedFont scoped_font(font);
  ScopedColor scoped_color(ImGuiCol_Text, color);
  const float wrap_at = wrap_width > 0.f ? ImGui::GetCursorPosX() + wrap_width : 0.f;
  ScopedWrap wrap(wrap_at);
  const float wrap_px = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap_at);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  record_text(frame, text, wrap_px);
}

void heading(UiFrame& frame, std::string_view text) {
  text_block(frame, text, frame.fonts.heading, theme::kText);
}

void body_text(UiFrame& frame, std::string_view text) {
  text_block(frame, text, frame.fonts.body, theme::kText);
}

void muted_text(UiFrame& frame, std::string_view text) {
  text_block(frame, text, frame.fonts.body, theme::kMutedText);
}

void attention_note(UiFrame& frame, std::string_view text) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = frame.metrics.px(14.f);
  {
    ScopedChannels channels(draw, 2);  // the text first, then the box behind it
    channels.use(1);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + pad);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
    text_block(frame, text, frame.fonts.body_bold, theme::kAttention,
               ImGui::GetContentRegionAvail().x - 2 * pad);
    ImVec2 min = ImGui::GetItemRectMin();
    ImVec2 max = ImGui::GetItemRectMax();
    channels.use(0);
    draw->AddRectFilled(ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad),
                        theme::kAttentionFill, frame.metrics.px(10.f));
    draw->AddRectFilled(ImVec2(min.x - pad, min.y - pad),
                        ImVec2(min.x - pad + frame.metrics.px(8.f), max.y + pad), theme::kAttention,
                        frame.metrics.px(4.f));
  }
  ImGui::Dummy(ImVec2(0, pad * 0.5f));
}

void centered_text(UiFrame& frame, std::string_view text, ImFont* font, ImU32 color, float width) {
  ScopedFont scoped_font(font);
  const float available = width > 0.f ? width : ImGui::GetContentRegionAvail().x;
  ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, available);
  if (size.x < available) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - size.x) * 0.5f);
  ScopedColor scoped_color(ImGuiCol_Text, color);
  const float wrap_at = ImGui::GetCursorPosX() + std::min(size.x + 1.f, available);
  ScopedWrap wrap(wrap_at);
  const float wrap_px = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap_at);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  record_text(frame, text, wrap_px);
}

float longest_word_width(ImFont* font, std::string_view text) {
  float widest = 0.f;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start)
      widest = std::max(
          widest,
          font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, text.data() + start, text.data() + end).x);
    start = end + 1;
  }
  return widest;
}

ImVec2 text_size(ImFont* font, std::string_view text) {
  ScopedFont scoped_font(font);
  return ImGui::CalcTextSize(text.data(), text.data() + text.size());
}

}  // namespace intake::ui
