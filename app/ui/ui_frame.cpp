#include "ui/ui_frame.hpp"

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

ScopedProbePath::ScopedProbePath(UiFrame& frame, std::string_view name, ProbePathFrom from)
    : frame_(frame), from_root_(from == ProbePathFrom::root) {
  if (from_root_) saved_.swap(frame_.id_stack);
  frame_.id_stack.emplace_back(name);
}

ScopedProbePath::~ScopedProbePath() {
  if (from_root_)
    frame_.id_stack.swap(saved_);
  else
    frame_.id_stack.pop_back();
}

}  // namespace intake::ui
