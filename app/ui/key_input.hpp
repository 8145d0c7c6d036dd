#pragma once
// Keys and text from a physical keyboard (the front desk may have one; the kiosk has none).
// Key codes are our own, so the UI never includes GLFW; the platform maps its keys to these.
#include <deque>
#include <string>

struct ImGuiIO;

namespace intake::ui {

enum class Key { Tab, Left, Right, Up, Down, Home, End, Delete, Backspace, Enter, Escape, Count };

struct KeyEvent {
  enum class Kind { Press, Release, Text } kind = Kind::Text;
  Key key = Key::Enter;
  std::u32string text;  // for Kind::Text
};

class KeyInput {
 public:
  void push(const KeyEvent& event) { queue_.push_back(event); }
  void press(Key key) {
    push({KeyEvent::Kind::Press, key, {}});
    push({KeyEvent::Kind::Release, key, {}});
  }
  void type(std::u32string text) { push({KeyEvent::Kind::Text, Key::Enter, std::move(text)}); }

  // Sets the key map once and feeds this frame's keys; a press and its release are split over
  // two frames so ImGui sees the key down.
  void begin_frame(ImGuiIO& io);
  bool has_pending() const { return !queue_.empty(); }
  bool escape_pressed_this_frame() const { return escape_this_frame_; }

 private:
  std::deque<KeyEvent> queue_;
  bool escape_this_frame_ = false;
};

}  // namespace intake::ui
