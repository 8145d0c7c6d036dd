#include "ui/ui_probe.hpp"

namespace intake::ui {

std::string_view visible_part(std::string_view label) {
  auto hashes = label.find("##");
  return hashes == std::string_view::npos ? label : label.substr(0, hashes);
}

const ProbeItem* UiProbe::find_item(std::string_view wanted) const {
  for (const auto& item : items)
    if (item.label == wanted) return &item;
  for (const auto& item : items)
    if (item.id_path == wanted) return &item;
  for (const auto& item : items) {
    const auto& path = item.id_path;
    if (path.size() > wanted.size() && path.ends_with(wanted) && path[path.size() - wanted.size() - 1] == '/')
      return &item;
  }
  return nullptr;
}

std::string UiProbe::all_text() const {
  std::string joined;
  for (const auto& text : texts) {
    joined += text.text;
    joined += '\n';
  }
  for (const auto& item : items) {
    joined += item.label;
    joined += '\n';
  }
  return joined;
}

bool UiProbe::shows_text(std::string_view fragment) const {
  for (const auto& text : texts)
    if (text.text.find(fragment) != std::string::npos) return true;
  for (const auto& item : items)
    if (item.visible && item.label.find(fragment) != std::string::npos) return true;
  return false;
}

}  // namespace intake::ui
