#include "ui/widgets/dialog_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/theme.hpp"

namespace intake::ui {

DialogPanel::DialogPanel(UiFrame& frame, float width, float estimated_height)
    : frame_(frame), padding_(frame.metrics.px(48.f)), inner_width_(width - 2 * padding_) {
  const UiMetrics& m = frame.metrics;
  const float height = estimated_height + 2 * padding_;
  const ImVec2 corner((m.width - width) * 0.5f, std::max(m.px(20.f), (m.height - height) * 0.5f));
  channels_.emplace(ImGui::GetWindowDrawList(), 2);  // the content first, then the panel behind it
  channels_->use(1);
  ImGui::SetCursorPos(ImVec2(corner.x + padding_, corner.y + padding_));
  left_ = ImGui::GetCursorScreenPos().x - padding_;
  right_ = left_ + width;
  group_.emplace();
}

DialogPanel::~DialogPanel() {
  group_.reset();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  channels_->use(0);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(std::min(left_, min.x - padding_), min.y - padding_),
                                            ImVec2(std::max(right_, max.x + padding_), max.y + padding_),
                                            theme::kSurface, frame_.metrics.px(24.f));
  channels_.reset();
}

}  // namespace intake::ui
