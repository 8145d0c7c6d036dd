#include "ui/staff/record_document_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "common/rgba_image.hpp"
#include "pdf/pdf_page_images.hpp"
#include "staff/record_pages.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

// The PDF holds every answer: the same people who see the answers see the document.
bool sees_document(const StaffState& state) {
  return state.member && state.member->role != store::StaffRole::front_desk;
}

// Reads and draws one stored version at width_px, uploads its pages and wipes their pixels:
// from here on only the textures hold them.
DocumentVersionPages draw_version(const UiFrame& frame, StaffState& state, const StaffContext& context,
                                  int version, int width_px) {
  DocumentVersionPages drawn;
  drawn.version = version;
  drawn.width_px = width_px;
  if (context.textures == nullptr || !context.textures->available()) {
    drawn.problem = frame.t("staff.document.no_pictures");
    return drawn;
  }
  auto pages = staff::render_record_pages(*state.store, state.record.open->id, version, width_px,
                                          "staff:" + state.member->name);
  if (!pages) {
    drawn.problem = error_text(frame, pages.error());
    return drawn;
  }
  for (const RgbaImage& page : pages->pages) {
    UiTexture texture(*context.textures, page);
    if (!texture) {
      drawn.pages.clear();
      drawn.problem = frame.t("staff.document.upload_failed");
      break;
    }
    drawn.pages.push_back(std::move(texture));
  }
  drawn.signature_valid = pages->signature_valid;
  drawn.signature_line = pages->signature_line;
  secure_wipe(pages->pages);
  return drawn;
}

// The pages of the shown version, drawn (once per version and width) when first needed. The
// frame before drawing says "Preparing the pages", so a tap is answered at once.
const DocumentVersionPages* pages_to_show(UiFrame& frame, StaffState& state, const StaffContext& context,
                                          int width_px) {
  RecordDocumentState& document = state.record.document;
  const DocumentVersionPages* found = document.find(document.version);
  if (found != nullptr && found->width_px == width_px) return found;
  if (document.preparing != document.version) {
    document.preparing = document.version;
    frame.animating = true;
    return nullptr;
  }
  document.preparing = 0;
  std::erase_if(document.drawn,
                [&](const DocumentVersionPages& entry) { return entry.version == document.version; });
  document.drawn.push_back(draw_version(frame, state, context, document.version, width_px));
  // From the top, and "read" only once the last page has been on screen (the short "Preparing"
  // text fitted the view and would count as read to the end).
  document.scroll.reset();
  frame.animating = true;
  return &document.drawn.back();
}

void draw_page(UiFrame& frame, const UiTexture& page, int number, int count, float width) {
  const UiMetrics& m = frame.metrics;
  text_block(frame, fmt::format(fmt::runtime(frame.t("staff.document.page")), number, count),
             frame.fonts.small, theme::kMutedText);
  // Drawn at its own pixel size (it was drawn for this width), centred if the column is wider.
  const ImVec2 size(static_cast<float>(page.width()), static_cast<float>(page.height()));
  const float indent = std::max(0.f, std::floor((width - size.x) * 0.5f));
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 at(cursor.x + indent, cursor.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float shadow = m.px(4.f);
  draw->AddRectFilled(ImVec2(at.x + shadow, at.y + shadow),
                      ImVec2(at.x + size.x + shadow, at.y + size.y + shadow), theme::kDisabledFill);
  ImGui::SetCursorScreenPos(at);
  ImGui::Image(page.id(), size);
  draw->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), theme::kBorder, 0.f, 0, m.px(1.f));
  ImGui::Dummy(ImVec2(0, m.px(28.f)));
}

}  // namespace

ImVec2 draw_record_column_tabs(UiFrame& frame, StaffState& state, ImVec2 size) {
  if (!sees_document(state) || !state.record.open) {
    state.record.document.open = false;
    return size;
  }
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "document");
  const ImVec2 top = ImGui::GetCursorPos();
  const float tab_width = std::min(m.tx(320.f), (size.x - m.px(16.f)) * 0.5f);
  const float tab_height = m.tx(76.f);
  ButtonOptions details;
  details.selected = !state.record.document.open;
  if (touch_button(frame, "show_details", frame.t("staff.document.details_tab"),
                   ImVec2(tab_width, tab_height), details))
    state.record.document.open = false;
  ImGui::SameLine(0, m.px(16.f));
  ButtonOptions document;
  document.selected = state.record.document.open;
  if (touch_button(frame, "show_document", frame.t("staff.document.tab"), ImVec2(tab_width, tab_height),
                   document))
    state.record.document.open = true;
  const float used =
      ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() - top.y + m.px(16.f);
  ImGui::SetCursorPos(ImVec2(top.x, top.y + used));
  return ImVec2(size.x, std::max(size.y - used, m.px(64.f)));
}

void draw_record_document(UiFrame& frame, StaffState& state, const StaffContext& context, ImVec2 size) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "document");
  RecordDocumentState& document = state.record.document;
  const auto& pdfs = state.record.open->pdfs;

  // The versions, oldest first: 1 is what the patient signed, each review adds one.
  const ImVec2 top = ImGui::GetCursorPos();
  const float gap = m.px(16.f);
  const float count = static_cast<float>(std::max<std::size_t>(pdfs.size(), 1));
  const float button_width = std::min(m.tx(520.f), (size.x - gap * (count - 1.f)) / count);
  for (std::size_t i = 0; i < pdfs.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    ButtonOptions options;
    options.selected = pdfs[i].version == document.version;
    options.font = frame.fonts.body;
    if (touch_button(frame, "version_" + std::to_string(pdfs[i].version),
                     version_text(frame, context, pdfs[i]), ImVec2(button_width, m.tx(76.f)), options) &&
        document.version != pdfs[i].version) {
      document.version = pdfs[i].version;
      document.scroll.reset();
    }
  }
  const float used =
      pdfs.empty() ? 0.f
                   : ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() - top.y + gap;
  ImGui::SetCursorPos(ImVec2(top.x, top.y + used));

  // The pages, in a finger-scrolled view with a bar beside it showing where in the document.
  const float bar_width = m.px(28.f);
  const ImVec2 view_size(size.x - bar_width - gap, std::max(size.y - used, m.px(64.f)));
  const ImVec2 view_top = ImGui::GetCursorPos();
  {
    ScrollView view(frame, "pages", document.scroll, view_size);
    const float width = ImGui::GetContentRegionAvail().x - m.px(6.f);  // room for the page's shadow
    const int width_px = std::clamp(static_cast<int>(width), pdf::kMinPageWidthPx, pdf::kMaxPageWidthPx);
    const DocumentVersionPages* pages = pages_to_show(frame, state, context, width_px);
    if (pages == nullptr) {
      body_text(frame, frame.t("staff.document.preparing"));
    } else if (!pages->problem.empty()) {
      attention_note(frame, pages->problem);
    } else {
      if (pages->signature_valid)
        body_text(frame, frame.t("staff.document.signature_valid"));
      else
        attention_note(frame, fmt::format(fmt::runtime(frame.t("staff.document.signature_problem")),
                                          pages->signature_line));
      const int total = static_cast<int>(pages->pages.size());
      for (int i = 0; i < total; ++i) draw_page(frame, pages->pages[i], i + 1, total, width);
    }
  }
  ImGui::SetCursorPos(ImVec2(view_top.x + view_size.x + gap, view_top.y));
  draw_scroll_progress(frame, document.scroll, ImVec2(bar_width, view_size.y), false);
}

}  // namespace intake::ui
