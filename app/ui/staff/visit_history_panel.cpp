// The record screen's "Visits" part: which visit this is, the person's earlier visits (date,
// treatment, flags, decision, note, reaction reported) and how they were matched. An admin can
// unlink a check-in that was matched to the wrong person; the store audits it.
#include <fmt/format.h>
#include <imgui.h>

#include "store/visit_history.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

std::string treatment_name(UiFrame& frame, const StaffContext& context, const std::string& form_id) {
  const forms::Form* form = context.catalog ? context.catalog->find(form_id) : nullptr;
  if (!form) return form_id;
  return forms::localized(form->treatment.empty() ? form->title : form->treatment, frame.language);
}

void draw_earlier_visit(UiFrame& frame, const StaffState& state, const StaffContext& context,
                        const store::EarlierVisit& visit) {
  const UiMetrics& m = frame.metrics;
  const std::string decision = visit.decision
                                   ? frame.t(std::string("staff.decision.") + to_string(*visit.decision))
                                   : frame.t("staff.visits.not_reviewed");
  text_block(frame,
             date_text(frame, context, visit.visit_date) + "   " +
                 treatment_name(frame, context, visit.form_id) + "   " + decision,
             frame.fonts.body_bold, theme::kText);
  if (visit.flags.empty()) muted_text(frame, frame.t("staff.queue.no_flags"));
  for (std::size_t i = 0; i < visit.flags.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, m.px(10.f));
    flag_chip(frame, flag_label(frame, context, visit.form_id, visit.flags[i].first), visit.flags[i].second);
  }
  if (!visit.note.empty())
    body_text(frame, fmt::format(fmt::runtime(frame.t("staff.visits.note")), visit.note));
  if (!visit.reaction.empty() && state.member->role != store::StaffRole::front_desk)  // an answer
    body_text(frame, fmt::format(fmt::runtime(frame.t("staff.visits.reaction")), visit.reaction));
  ImGui::Dummy(ImVec2(0, m.px(8.f)));
}

}  // namespace

void load_visit_history(const UiFrame& frame, StaffState& state) {
  state.record.history.reset();
  if (!state.record.open || !state.store) return;
  auto history =
      store::read_visit_history(*state.store, state.record.open->id, "staff:" + state.member->name);
  if (history)
    state.record.history = std::move(*history);
  else
    state.record.problem = error_text(frame, history.error());
}

void draw_visit_history(UiFrame& frame, StaffState& state, const StaffContext& context) {
  if (!state.record.history) return;
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "visits");
  const store::VisitHistory& history = *state.record.history;
  ImGui::Dummy(ImVec2(0, m.px(12.f)));
  text_block(frame, fmt::format(fmt::runtime(frame.t("staff.visits.title")), history.visit_number),
             frame.fonts.heading, theme::kPrimary);
  if (history.unlinked) {
    muted_text(frame, frame.t("staff.visits.unlinked"));
    return;
  }
  if (history.earlier.empty()) {
    muted_text(frame, frame.t("staff.visits.first"));
    return;
  }
  muted_text(frame, frame.t("staff.visits.matched"));
  for (const store::EarlierVisit& visit : history.earlier) draw_earlier_visit(frame, state, context, visit);
  if (state.member->role != store::StaffRole::admin) return;
  ButtonOptions options;
  if (touch_button(frame, "unlink", frame.t("staff.visits.unlink"), ImVec2(m.tx(520.f), m.tx(84.f)),
                   options)) {
    if (auto st = store::unlink_visit(*state.store, state.record.open->id, "staff:" + state.member->name);
        !st) {
      set_notice(state, error_text(frame, st.error()), false);
      return;
    }
    load_visit_history(frame, state);
    state.queue.stale = true;
    set_notice(state, frame.t("staff.visits.unlinked_notice"), true);
  }
}

}  // namespace intake::ui
