// Exporting signed PDFs: one record's every version, or every check-in of the days the queue
// shows. The destination is picked from the sticks and shares that are plugged in (nothing to
// type), or typed as another folder. Each export is whole or absent (record_export.hpp).
#include "ui/staff/export_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include "common/secure_memory.hpp"
#include "fhir/fhir_options.hpp"
#include "fhir/record_fhir_export.hpp"
#include "staff/patient_copy.hpp"
#include "staff/record_export.hpp"
#include "ui/staff/day_text.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

std::string actor(const StaffState& state) { return "staff:" + state.member->name; }

void export_days(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const staff::DayRange days = staff::shown_days(state.queue.filter, context.today);
  const staff::UtcRange range = staff::local_days_in_utc(days.first, days.last);
  auto exported = staff::export_records_in_range(*state.store, range.from, range.before,
                                                 state.exporting.folder, actor(state));
  if (!exported) {
    set_notice(state, error_text(frame, exported.error()), false);
    return;
  }
  std::size_t files = 0;
  for (const auto& record : exported->exported) files += record.files.size();
  std::string done =
      fmt::format(fmt::runtime(frame.t("staff.export.days_done")), exported->exported.size(), files);
  if (exported->already_there > 0)
    done += " " + fmt::format(fmt::runtime(frame.t("staff.export.already_there")), exported->already_there);
  set_notice(state, std::move(done), true);
}

void export_one(UiFrame& frame, StaffState& state) {
  auto exported = staff::export_record_pdfs(*state.store, state.exporting.record_id, state.exporting.folder,
                                            actor(state));
  set_notice(state,
             exported ? fmt::format(fmt::runtime(frame.t("staff.export.done")), exported->files.size(),
                                    exported->manifest.filename().string())
                      : error_text(frame, exported.error()),
             exported.ok());
}

// The same records as FHIR R4 transaction Bundles ("<record id>.fhir.json"), for an EHR that
// imports files; the same core as `records fhir`.
void export_fhir(UiFrame& frame, StaffState& state, const StaffContext& context) {
  auto options = fhir::load_fhir_options(*state.store);
  if (!options) {
    set_notice(state, error_text(frame, options.error()), false);
    return;
  }
  std::size_t written = 0;
  if (state.exporting.record_id.empty()) {
    const staff::DayRange days = staff::shown_days(state.queue.filter, context.today);
    const staff::UtcRange range = staff::local_days_in_utc(days.first, days.last);
    auto bundles =
        fhir::write_record_bundles_in_range(*state.store, range.from, range.before, state.exporting.folder,
                                            context.catalog, *options, actor(state));
    if (!bundles) {
      set_notice(state, error_text(frame, bundles.error()), false);
      return;
    }
    written = bundles->written.size();
  } else {
    const std::filesystem::path file =
        std::filesystem::path(state.exporting.folder) / fhir::bundle_file_name(state.exporting.record_id);
    if (auto st = fhir::write_record_bundle(*state.store, state.exporting.record_id, file, context.catalog,
                                            *options, actor(state), true);
        !st) {
      set_notice(state, error_text(frame, st.error()), false);
      return;
    }
    written = 1;
  }
  set_notice(state, fmt::format(fmt::runtime(frame.t("staff.export.fhir_done")), written), true);
}

void save_copy(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const staff::PatientCopySource source{*context.catalog, context.fonts_dir, context.credentials_dir};
  auto saved = staff::save_patient_copy(*state.store, state.exporting.record_id, source,
                                        state.exporting.folder, actor(state));
  set_notice(state,
             saved ? fmt::format(fmt::runtime(frame.t("staff.copy.saved")), saved->filename().string())
                   : error_text(frame, saved.error()),
             saved.ok());
}

// One big button per stick or share; the chosen one is highlighted.
void destination_buttons(UiFrame& frame, StaffState& state, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "to");
  for (const auto& destination : state.exporting.destinations) {
    ButtonOptions options;
    options.kind = ButtonKind::Choice;
    options.selected =
        !state.exporting.typing_folder && state.exporting.folder == destination.folder.string();
    const std::string label =
        fmt::format(fmt::runtime(frame.t(destination.network ? "staff.export.share" : "staff.export.stick")),
                    destination.label, destination.folder.string());
    if (touch_button(frame, destination.label, label, ImVec2(width, m.tx(96.f)), options)) {
      state.exporting.typing_folder = false;
      state.exporting.folder = destination.folder.string();
      state.focus.clear();
    }
  }
  if (state.exporting.destinations.empty()) muted_text(frame, frame.t("staff.export.none_found"));
}

}  // namespace

void ExportState::wipe() {
  secure_wipe(folder);
  secure_wipe(what);
  record_id.clear();
}

bool may_type_folder(const StaffState& state) {
  return state.member && state.member->role == store::StaffRole::admin;
}

void open_export(StaffState& state, const std::string& record_id, const std::string& what,
                 const StaffContext& context) {
  state.exporting.back = state.screen;
  state.exporting.record_id = record_id;
  secure_wipe(state.exporting.what);
  state.exporting.what = what;
  secure_wipe(state.notice);
  state.exporting.search = context.export_search ? *context.export_search : staff::ExportSearch{};
  state.exporting.destinations = staff::find_export_destinations(state.exporting.search);
  state.exporting.typing_folder = false;
  secure_wipe(state.exporting.folder);  // never a folder chosen for another export
  if (state.exporting.destinations.size() == 1)
    state.exporting.folder = state.exporting.destinations.front().folder.string();
  state.screen = StaffScreen::Export;
}

StaffAction draw_staff_export_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "export");
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(1100.f));
  heading(frame, frame.t("staff.export.title"));
  body_text(frame, state.exporting.what);
  ImGui::Dummy(ImVec2(0, m.px(16.f)));

  text_block(frame, frame.t("staff.export.where"), frame.fonts.body_bold, theme::kText);
  destination_buttons(frame, state, width);
  ButtonOptions other_options;
  other_options.kind = ButtonKind::Choice;
  other_options.selected = state.exporting.typing_folder;
  const ImVec2 half(width * 0.5f - m.px(10.f), m.tx(96.f));
  // A typed folder can be anywhere on the kiosk's disk: only admins may choose one.
  if (may_type_folder(state)) {
    if (touch_button(frame, "other_folder", frame.t("staff.export.other_folder"), half, other_options)) {
      state.exporting.typing_folder = true;
      state.exporting.folder.clear();
      state.focus.focus("folder");
    }
    ImGui::SameLine(0, m.px(20.f));
  }
  if (touch_button(frame, "look_again", frame.t("staff.export.look_again"), half)) {
    state.exporting.destinations = staff::find_export_destinations(state.exporting.search);
    if (!state.exporting.typing_folder) {
      // The stick chosen may be gone; a single one is chosen for the staff.
      secure_wipe(state.exporting.folder);
      if (state.exporting.destinations.size() == 1)
        state.exporting.folder = state.exporting.destinations.front().folder.string();
    }
    state.notice.clear();
  }
  if (state.exporting.typing_folder)
    staff_text_input(frame, state, "folder", frame.t("staff.export.folder"), state.exporting.folder, width,
                     false, KeyboardLayout::Path);

  ImGui::Dummy(ImVec2(0, m.px(16.f)));
  notice_line(frame, state);
  ImGui::Dummy(ImVec2(0, m.px(16.f)));
  const ImVec2 button(m.tx(340.f), m.tx(96.f));
  const bool back = touch_button(frame, "back", frame.t("staff.export.back"), button);
  ImGui::SameLine(0, m.px(24.f));
  ButtonOptions go;
  go.kind = ButtonKind::Primary;
  go.enabled = !state.exporting.folder.empty();
  if (touch_button(frame, "export", frame.t("staff.export.button"), button, go)) {
    state.focus.clear();
    if (state.exporting.record_id.empty())
      export_days(frame, state, context);
    else
      export_one(frame, state);
  }
  if (!state.exporting.record_id.empty()) {
    ImGui::SameLine(0, m.px(24.f));
    ButtonOptions copy;
    copy.enabled = go.enabled;
    if (touch_button(frame, "save_copy", frame.t("staff.copy.save"), ImVec2(m.tx(400.f), m.tx(96.f)), copy))
      save_copy(frame, state, context);
  }
  // FHIR beside the PDFs: the same records, the same folder, as standard data.
  ButtonOptions fhir_options;
  fhir_options.enabled = go.enabled;
  if (touch_button(frame, "export_fhir", frame.t("staff.export.fhir"), ImVec2(m.tx(400.f), m.tx(96.f)),
                   fhir_options)) {
    state.focus.clear();
    export_fhir(frame, state, context);
  }
  if (back) {
    state.screen = state.exporting.back;
    state.focus.clear();
  }
  return StaffAction::none;
}

}  // namespace intake::ui
