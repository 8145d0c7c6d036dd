#pragma once
// What a staff screen asks StaffMode to do after drawing.
namespace intake::ui {

enum class StaffAction { none, close };

}  // namespace intake::ui
