#include "ui/screens/consent_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "forms/document.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/journey_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

void draw_blocks(UiFrame& frame, const std::vector<forms::DocumentBlock>& blocks) {
  for (const auto& block : blocks) {
    if (block.kind == forms::DocumentBlock::Kind::paragraph) {
      body_text(frame, block.text);
    } else {
      for (const auto& item : block.items) body_text(frame, "•  " + item);
    }
  }
}

const SectionInitials* initials_for(const ConsentAcceptance& consent, const std::string& section) {
  for (const auto& entry : consent.sections)
    if (entry.section_id == section) return &entry;
  return nullptr;
}

void initial_section(JourneyContext& context, const std::string& section_id) {
  PatientJourney& journey = context.journey;
  if (initials_for(journey.session.consent, section_id)) return;
  journey.session.consent.sections.push_back({section_id, context.clock.offset_now()});
}

std::string time_of_day(const std::string& timestamp) {
  return timestamp.size() >= 16 ? timestamp.substr(11, 5) : timestamp;
}

// Asked once: "We will use AD as your initials" with a way to change them.
void draw_initials_confirmation(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  ConsentState& state = journey.screens.consent;
  ScopedId scoped(frame, "initials");
  ScopedChannels channels(ImGui::GetWindowDrawList(), 2);
  channels.use(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  {
    ScopedGroup group;
    ImGui::Dummy(ImVec2(0, frame.metrics.px(8.f)));
    {
      ScopedIndent indent(frame.metrics.px(20.f));
      text_block(frame, frame.t("consent.initials_title"), frame.fonts.body_bold, theme::kText);
      field_row(frame, journey.field_host(),
                {"initials_value", frame.t("consent.initials_label"), KeyboardLayout::Letters, 4, "", false,
                 frame.metrics.tx(360.f)},
                state.initials_draft);
      ButtonOptions use;
      use.kind = ButtonKind::Primary;
      const bool usable = !state.initials_draft.empty();
      use.enabled = usable;
      if (touch_button(frame, "use_initials",
                       format_text(frame.t("consent.use_initials"), {{"initials", state.initials_draft}}),
                       ImVec2(std::min(ImGui::GetContentRegionAvail().x - frame.metrics.px(20.f),
                                       frame.metrics.tx(560.f)),
                              frame.metrics.box_for_text(kButtonHeightPx)),
                       use)) {
        journey.session.consent.initials = state.initials_draft;
        state.initials_confirmed = true;
        state.confirming_initials = false;
        journey.focus.clear();
        if (state.pending_initial_section) initial_section(context, *state.pending_initial_section);
        state.pending_initial_section.reset();
      }
    }
    ImGui::Dummy(ImVec2(0, frame.metrics.px(8.f)));
  }
  const ImVec2 end(start.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y);
  channels.use(0);
  ImGui::GetWindowDrawList()->AddRectFilled(start, end, theme::kSelected, frame.metrics.px(14.f));
}

}  // namespace

void ConsentState::wipe() {
  secure_wipe(initials_draft);
  initials_confirmed = confirming_initials = false;
  pending_initial_section.reset();
  read_to_end = false;
}

void draw_consent_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  ConsentState& state = journey.screens.consent;
  ConsentAcceptance& consent = journey.session.consent;
  const forms::Document& document = context.form.consent_document(frame.language);
  if (state.initials_draft.empty() && !state.initials_confirmed)
    state.initials_draft =
        initials_of(journey.session.patient.given_name, journey.session.patient.family_name);

  const StepNumber step = step_number(context);
  draw_step_header(frame, document.title, fmt_step(frame, step.number, step.total));

  const float progress_width = frame.metrics.px(36.f);
  const float view_width = ImGui::GetContentRegionAvail().x - progress_width - frame.metrics.px(16.f);
  // Until the end has been on screen, a line under the document says how far there is to go and
  // why "I have read this" waits (as wide as the document, so it never runs under the buttons).
  const bool read_before = state.read_to_end || journey.scroll.reached_end;
  ImFont* hint_font = frame.fonts.small;
  const std::string hint =
      read_before ? std::string()
                  : scroll_progress_words(frame, journey.scroll) + " · " + frame.t("consent.read_to_end");
  const float hint_height =
      read_before ? 0.f
                  : hint_font->CalcTextSizeA(hint_font->FontSize, FLT_MAX, view_width, hint.c_str()).y +
                        frame.metrics.px(12.f);
  const float view_height =
      content_height_above_nav(frame, journey.focus.covered_height(frame.metrics)) - hint_height;
  const ImVec2 view_origin = ImGui::GetCursorPos();
  std::size_t initialled = 0;
  {
    ScrollView view(frame, "document", journey.scroll, ImVec2(view_width, view_height));
    draw_blocks(frame, document.intro);
    for (const auto& section : document.sections) {
      ScopedId scoped(frame, "section_" + section.id);
      ImGui::Dummy(ImVec2(0, frame.metrics.px(12.f)));
      text_block(frame, section.title, frame.fonts.heading, theme::kText);
      draw_blocks(frame, section.blocks);
      const SectionInitials* done = initials_for(consent, section.id);
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = done != nullptr;
      const std::string label =
          done ? format_text(frame.t("consent.initialled"),
                             {{"initials", consent.initials}, {"time", time_of_day(done->initialled_at)}})
               : frame.t("consent.initial_here");
      if (touch_button(frame, "initial", label,
                       ImVec2(std::min(ImGui::GetContentRegionAvail().x, frame.metrics.tx(620.f)),
                              frame.metrics.box_for_text(kButtonHeightPx)),
                       options) &&
          !done) {
        if (state.initials_confirmed) {
          initial_section(context, section.id);
        } else {
          state.confirming_initials = true;
          state.pending_initial_section = section.id;
        }
      }
      if (state.confirming_initials && state.pending_initial_section == section.id)
        draw_initials_confirmation(frame, context);
      if (done) ++initialled;
      if (journey.show_missing && !done)
        problem_note(frame, journey.field_host(), frame.t("consent.initial_missing"),
                     ImGui::GetCursorPosY() - frame.metrics.tx(120.f));
    }
    ImGui::Dummy(ImVec2(0, frame.metrics.px(24.f)));
    {
      ScopedId scoped(frame, "photo");
      text_block(frame, frame.t("consent.photo_title"), frame.fonts.heading, theme::kText);
      body_text(frame, forms::localized(context.form.photo_consent, frame.language));
      const float gap = frame.metrics.px(24.f);
      // Side by side at 100%; one under the other with larger text, each with the whole width.
      const bool stacked = frame.metrics.one_column();
      const float width =
          stacked ? std::min(ImGui::GetContentRegionAvail().x, frame.metrics.tx(620.f))
                  : std::min((ImGui::GetContentRegionAvail().x - gap) * 0.5f, frame.metrics.tx(420.f));
      for (bool value : {true, false}) {
        if (!value && !stacked) ImGui::SameLine(0, gap);
        ButtonOptions options;
        options.kind = ButtonKind::Choice;
        options.selected = consent.photo_consent && *consent.photo_consent == value;
        if (touch_button(frame, value ? "yes" : "no",
                         frame.t(value ? "consent.photo_yes" : "consent.photo_no"),
                         ImVec2(width, frame.metrics.box_for_text(kButtonHeightPx)), options))
          consent.photo_consent = value;
      }
      if (journey.show_missing && !consent.photo_consent)
        problem_note(frame, journey.field_host(), frame.t("consent.photo_missing"),
                     ImGui::GetCursorPosY() - frame.metrics.tx(120.f));
    }
    ImGui::Dummy(ImVec2(0, frame.metrics.px(40.f)));
    muted_text(frame, frame.t("consent.end"));
  }
  ImGui::SetCursorPos(ImVec2(view_origin.x + view_width + frame.metrics.px(16.f), view_origin.y));
  draw_scroll_progress(frame, journey.scroll, ImVec2(progress_width, view_height), false);
  if (!hint.empty()) {
    ImGui::SetCursorPos(ImVec2(view_origin.x, view_origin.y + view_height + frame.metrics.px(6.f)));
    centered_text(frame, hint, hint_font, theme::kMutedText, view_width);
  }

  if (journey.scroll.reached_end) state.read_to_end = true;
  const bool read_to_end = state.read_to_end;
  const bool all_initialled = initialled == document.sections.size();
  const bool ready = read_to_end && all_initialled && consent.photo_consent.has_value();
  // "I have read this" stays disabled until the end of the document has been on screen.
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("consent.have_read"), ready, read_to_end);
  if (nav.next) {
    if (ready) {
      consent.accepted = true;
      go_to_step(context, JourneyStep::Review, frame.now);
      return;
    }
    journey.show_missing = true;
    journey.reveal_problem = true;
  }
  if (nav.back) {
    const bool stop = evaluate_journey(context).has_stop_flag();
    if (stop) {
      go_to_step(context, JourneyStep::BeforeConsent, frame.now);
    } else {
      go_to_step(context, JourneyStep::Questions, frame.now);
      journey.screens.questions.page = context.form.pages.size() - 1;
    }
  }
}

}  // namespace intake::ui
