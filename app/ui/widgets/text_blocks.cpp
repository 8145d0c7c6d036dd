#include "ui/widgets/text_blocks.hpp"

#include <imgui_internal.h>

#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"

namespace intake::ui {

namespace {

void record_text(UiFrame& frame, std::string_view text) {
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  if (!ImGui::IsItemVisible()) return;  // scrolled away: not on screen, not readable
  frame.probe.add(ProbeText{std::string(text), {min.x, min.y, max.x, max.y}});
}

}  // namespace

void text_block(UiFrame& frame, std::string_view text, ImFont* font, ImU32 color, float wrap_width) {
  ScopedFont scoped_font(font);
  ScopedColor scoped_color(ImGuiCol_Text, color);
  const float wrap_at = wrap_width > 0.f ? ImGui::GetCursorPosX() + wrap_width : 0.f;
  ScopedWrap wrap(wrap_at);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  record_text(frame, text);
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
  ScopedWrap wrap(ImGui::GetCursorPosX() + std::min(size.x + 1.f, available));
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  record_text(frame, text);
}

ImVec2 text_size(ImFont* font, std::string_view text) {
  ScopedFont scoped_font(font);
  return ImGui::CalcTextSize(text.data(), text.data() + text.size());
}

}  // namespace intake::ui
