#pragma once
// What the record view's "Signed document" holds between frames: the stored PDF versions drawn
// so far, each page as a texture. Only textures are kept (the page pixels are wiped as soon as
// they are uploaded); close() releases every one, and StaffState::close_record() calls it.
#include <string>
#include <vector>

#include "ui/texture_source.hpp"
#include "ui/widgets/scroll_view.hpp"

namespace intake::ui {

// One stored PDF version, drawn at one width.
struct DocumentVersionPages {
  int version = 0;
  int width_px = 0;              // the width the pages were drawn at (re-drawn when the view changes)
  std::vector<UiTexture> pages;  // top to bottom
  std::string problem;           // why it cannot be shown, in one sentence ("" when shown)
  bool signature_valid = false;  // the stored bytes' digital signature checked out
  std::string signature_line;    // what the check said (shown when it did not)
};

struct RecordDocumentState {
  bool open = false;  // the record view's left column shows the document, not the details
  int version = 1;    // the stored version shown; 1 = as the patient signed it
  int preparing = 0;  // the version whose "Preparing the pages" is on screen (drawn next frame)
  std::vector<DocumentVersionPages> drawn;  // versions drawn since the record was opened
  ScrollState scroll;

  const DocumentVersionPages* find(int wanted_version) const {
    for (const auto& entry : drawn)
      if (entry.version == wanted_version) return &entry;
    return nullptr;
  }
  std::size_t texture_count() const {
    std::size_t count = 0;
    for (const auto& entry : drawn) count += entry.pages.size();
    return count;
  }
  void close() { *this = RecordDocumentState{}; }  // releases every texture (UiTexture is RAII)
};

}  // namespace intake::ui
