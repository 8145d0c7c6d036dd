#include "widget_harness.hpp"

#include <imgui.h>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <stdexcept>

#include "intake/build_paths.hpp"
#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"

namespace intake::testing {

WidgetHarness::WidgetHarness(float width, float height, ui::TextSize text_size, std::string language)
    : context_(ImGui::CreateContext()),
      strings_(ui::UiStrings::load_embedded()),
      metrics_(ui::metrics_for_window(width, height, text_size)),
      language_(std::move(language)) {
  ImGui::SetCurrentContext(context_);
  auto fonts = ui::build_font_set(*ImGui::GetIO().Fonts, INTAKE_SOURCE_FONTS_DIR, metrics_);
  if (!fonts) throw std::runtime_error(fonts.error().message);
  fonts_ = *fonts;
  ImGui::GetIO().FontDefault = fonts_.body;
  ImGui::GetIO().IniFilename = nullptr;
  ui::theme::apply_imgui_style(ImGui::GetStyle(), metrics_.scale);
}

WidgetHarness::~WidgetHarness() { ImGui::DestroyContext(context_); }

bool WidgetHarness::frame(const DrawFn& draw) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  now_ += 1.0 / 60.0;
  io.DisplaySize = ImVec2(metrics_.width, metrics_.height);
  io.DeltaTime = static_cast<float>(last_frame_ < 0 ? 1.0 / 60.0 : now_ - last_frame_);
  last_frame_ = now_;
  pointer_.begin_frame(io);
  probe_.clear();
  ImGui::NewFrame();
  ui::UiFrame frame{metrics_, fonts_, strings_, language_, probe_, pointer_, now_};
  {
    ui::ScopedFullscreenWindow window("harness", io.DisplaySize,
                                      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    draw(frame);
  }
  ImGui::Render();
  return frame.animating || pointer_.has_pending();
}

int WidgetHarness::settle(const DrawFn& draw, int max_frames) {
  int frames = 0;
  while (frames < max_frames) {
    ++frames;
    if (!frame(draw)) break;
  }
  return frames;
}

bool WidgetHarness::tap(std::string_view label_or_path, const DrawFn& draw) {
  const ui::ProbeItem* item = probe_.find_item(label_or_path);
  if (item == nullptr || !item->visible || !item->enabled) return false;
  press_and_release(item->rect.center_x(), item->rect.center_y(), draw);
  return true;
}

void WidgetHarness::press_and_release(float x, float y, const DrawFn& draw) {
  touch_down(x, y);
  frame(draw);
  frame(draw);
  touch_up(x, y);
  frame(draw);
  frame(draw);
}

const ui::ProbeItem& WidgetHarness::item(std::string_view label_or_path) const {
  const ui::ProbeItem* found = probe_.find_item(label_or_path);
  INFO("probe item " << label_or_path);
  REQUIRE(found != nullptr);
  return *found;
}

ui::ProbeRect WidgetHarness::painted_bounds(unsigned color) const {
  ImGui::SetCurrentContext(context_);
  ui::ProbeRect box{1e9f, 1e9f, -1e9f, -1e9f};
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return {};
  for (int list = 0; list < data->CmdListsCount; ++list)
    for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer)
      if (vertex.col == color) {
        box.x0 = std::min(box.x0, vertex.pos.x);
        box.y0 = std::min(box.y0, vertex.pos.y);
        box.x1 = std::max(box.x1, vertex.pos.x);
        box.y1 = std::max(box.y1, vertex.pos.y);
      }
  return box.x1 < box.x0 ? ui::ProbeRect{} : box;
}

}  // namespace intake::testing
