#include "ui/out_of_order_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/theme.hpp"

namespace intake::ui {

OutOfOrderScreen::OutOfOrderScreen(std::filesystem::path fonts_dir)
    : fonts_dir_(std::move(fonts_dir)), strings_(UiStrings::load_embedded()) {}

Result<bool> OutOfOrderScreen::prepare_fonts(float width, float height) {
  const UiMetrics wanted = metrics_for_window(width, height);
  metrics_ = wanted;
  if (fonts_.body != nullptr && fonts_.built_for_scale == wanted.scale * wanted.text_scale) return false;
  auto fonts = build_font_set(*ImGui::GetIO().Fonts, fonts_dir_, wanted);
  if (!fonts) return fonts.error();
  fonts_ = *fonts;
  ImGui::GetIO().FontDefault = fonts_.body;
  return true;
}

namespace {

void centred_text(ImDrawList& draw, ImFont* font, float size, float width, float y, const std::string& text,
                  ImU32 colour) {
  const float wrap = width * 0.85f;
  const ImVec2 extent = font->CalcTextSizeA(size, wrap, wrap, text.c_str());
  draw.AddText(font, size, ImVec2((width - extent.x) * 0.5f, y), colour, text.c_str(), nullptr, wrap);
}

}  // namespace

void OutOfOrderScreen::frame(float width, float height) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.f / 60.f;
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  ImGui::NewFrame();
  ImDrawList& draw = *ImGui::GetBackgroundDrawList();
  draw.AddRectFilled(ImVec2(0, 0), ImVec2(width, height), theme::kBackground);
  // English first, then each other language, as title and one line each.
  std::vector<std::string> languages = strings_.languages();
  std::stable_partition(languages.begin(), languages.end(),
                        [](const std::string& code) { return code == "en"; });
  const float title_size = fonts_.title->FontSize;
  const float body_size = fonts_.heading->FontSize;
  const float block = title_size * 1.4f + body_size * 2.6f;
  float y = std::max(metrics_.px(40.f), (height - block * float(languages.size())) * 0.5f);
  for (const std::string& code : languages) {
    centred_text(draw, fonts_.title, title_size, width, y, strings_.get(code, "out_of_order.title"),
                 theme::kText);
    y += title_size * 1.4f;
    centred_text(draw, fonts_.heading, body_size, width, y, strings_.get(code, "out_of_order.body"),
                 theme::kMutedText);
    y += body_size * 2.6f;
  }
  ImGui::Render();
}

}  // namespace intake::ui
