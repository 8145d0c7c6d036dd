#include "ui/ui_frame.hpp"

#include <imgui.h>

namespace intake::ui {

std::string UiFrame::id_path(std::string_view leaf) const {
  std::string path;
  for (const auto& part : id_stack) {
    path += part;
    path += '/';
  }
  path += leaf;
  return path;
}

ScopedId::ScopedId(UiFrame& frame, std::string_view name) : frame_(frame) {
  ImGui::PushID(name.data(), name.data() + name.size());
  frame_.id_stack.emplace_back(name);
}

ScopedId::~ScopedId() {
  frame_.id_stack.pop_back();
  ImGui::PopID();
}

}  // namespace intake::ui
