#include "ui/key_input.hpp"

#include <imgui.h>

namespace intake::ui {

namespace {

void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = static_cast<int>(Key::Tab);
  io.KeyMap[ImGuiKey_LeftArrow] = static_cast<int>(Key::Left);
  io.KeyMap[ImGuiKey_RightArrow] = static_cast<int>(Key::Right);
  io.KeyMap[ImGuiKey_UpArrow] = static_cast<int>(Key::Up);
  io.KeyMap[ImGuiKey_DownArrow] = static_cast<int>(Key::Down);
  io.KeyMap[ImGuiKey_Home] = static_cast<int>(Key::Home);
  io.KeyMap[ImGuiKey_End] = static_cast<int>(Key::End);
  io.KeyMap[ImGuiKey_Delete] = static_cast<int>(Key::Delete);
  io.KeyMap[ImGuiKey_Backspace] = static_cast<int>(Key::Backspace);
  io.KeyMap[ImGuiKey_Enter] = static_cast<int>(Key::Enter);
  io.KeyMap[ImGuiKey_Escape] = static_cast<int>(Key::Escape);
}

}  // namespace

void KeyInput::begin_frame(ImGuiIO& io) {
  map_keys(io);
  escape_this_frame_ = false;
  bool changed_key = false;
  while (!queue_.empty()) {
    const KeyEvent& event = queue_.front();
    if (event.kind == KeyEvent::Kind::Text) {
      for (char32_t c : event.text) io.AddInputCharacter(static_cast<unsigned>(c));
    } else {
      if (changed_key) break;  // one key transition per frame
      changed_key = true;
      const bool down = event.kind == KeyEvent::Kind::Press;
      io.KeysDown[static_cast<int>(event.key)] = down;
      if (down && event.key == Key::Escape) escape_this_frame_ = true;
    }
    queue_.pop_front();
  }
}

}  // namespace intake::ui
