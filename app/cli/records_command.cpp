// `records list [--flagged] [--json]`, `records show ID [--json]`, `records pdf ID OUT.pdf`:
// staff reading the store from a shell. Showing a record is audited as a view, writing its
// PDF as an export, exactly as in staff mode.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iterator>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/try.hpp"
#include "store/atomic_file.hpp"
#include "store/audit.hpp"
#include "store/record_read.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store.hpp"

namespace intake::cli {

int run_records_fhir_command(CliContext& context, const CommandArgs& args);  // records_fhir_command.cpp

namespace {

using nlohmann::json;

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk records list [--flagged] [--json]\n"
                 "       intake-kiosk records show ID [--json]\n"
                 "       intake-kiosk records pdf ID OUT.pdf [--version N]\n"
                 "       intake-kiosk records fhir ID [--out FILE] | fhir --from DAY [--to DAY] --out DIR\n";
  return kExitUsage;
}

json summary_json(const store::RecordSummary& record) {
  json flags = json::array();
  json severities = json::array();
  for (const auto& [code, severity] : record.flags) {
    flags.push_back(code);
    severities.push_back({{"code", code}, {"severity", to_string(severity)}});
  }
  return {{"id", record.id},
          {"created", record.created_at},
          {"name", record.given_name + " " + record.family_name},
          {"given_name", record.given_name},
          {"family_name", record.family_name},
          {"date_of_birth", record.date_of_birth},
          {"form", record.form_id},
          {"status", to_string(record.status)},
          {"flags", flags},
          {"flag_severities", severities}};
}

void wipe_summaries(std::vector<store::RecordSummary>& rows) {
  for (auto& row : rows) {
    store::secure_wipe(row.given_name);
    store::secure_wipe(row.family_name);
    store::secure_wipe(row.date_of_birth);
  }
}

Result<int> list_command(CliContext& context, store::Store& store, bool flagged, bool as_json) {
  store::RecordQuery query;
  query.flagged_only = flagged;
  query.limit = 1000;
  std::vector<store::RecordSummary> rows;
  {
    // One snapshot for every page: records the kiosk stores meanwhile cannot shift the pages.
    auto snapshot = TRY(store::ReadTransaction::begin(store.handle()));
    while (true) {
      auto page = store::list_records(store, query);
      if (!page) {
        wipe_summaries(rows);
        return page.error();
      }
      const bool last = static_cast<std::int64_t>(page->size()) < query.limit;
      std::move(page->begin(), page->end(), std::back_inserter(rows));
      if (last) break;
      query.offset += query.limit;
    }
  }
  // Recorded before anything is shown: the command, its filters and how many, never names.
  const json details = {{"command", "records list"},
                        {"filters", {{"flagged", flagged}, {"json", as_json}}},
                        {"count", rows.size()}};
  if (auto st = store::append_audit_entry(
          store, {context.actor, store::audit_action::kRecordList, "", details.dump()});
      !st) {
    wipe_summaries(rows);
    return st.error();
  }
  json all = json::array();
  if (!as_json)
    context.out << fmt::format("{:<18} {:<24} {:<32} {:<10} {:<9} {}\n", "ID", "CREATED (UTC)", "NAME",
                               "BORN", "STATUS", "FLAGS");
  for (const auto& record : rows) {
    if (as_json) {
      all.push_back(summary_json(record));
      continue;
    }
    std::string flags;
    for (const auto& [code, severity] : record.flags)
      flags += (flags.empty() ? "" : " ") + std::string(to_string(severity)) + ":" + code;
    context.out << fmt::format("{:<18} {:<24} {:<32} {:<10} {:<9} {}\n", record.id, record.created_at,
                               record.given_name + " " + record.family_name, record.date_of_birth,
                               to_string(record.status), flags);
  }
  wipe_summaries(rows);
  if (as_json) context.out << all.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  return kExitOk;
}

json record_json(const store::Record& record) {
  json flags = json::array();
  for (const auto& flag : record.flags)
    flags.push_back({{"code", flag.code},
                     {"severity", to_string(flag.severity)},
                     {"message", flag.staff_message},
                     {"questions", flag.questions}});
  json pdfs = json::array();
  for (const auto& pdf : record.pdfs)
    pdfs.push_back({{"version", pdf.version},
                    {"kind", pdf.kind},
                    {"sha256", pdf.sha256},
                    {"size", pdf.size},
                    {"created", pdf.created_at}});
  json reviews = json::array();
  for (const auto& review : record.reviews)
    reviews.push_back({{"decision", to_string(review.decision)},
                       {"note", review.note},
                       {"reviewer", review.reviewer_name},
                       {"reviewed_at", review.reviewed_at},
                       {"pdf_version", review.pdf_version}});
  auto parsed = [](const std::string& text) {
    return text.empty() ? json(nullptr) : json::parse(text, nullptr, false);
  };
  json out = {{"id", record.id},
              {"created", record.created_at},
              {"signed_at", record.signed_at},
              {"form", record.form_id},
              {"form_version", record.form_version},
              {"consent_sha256", record.consent_sha256},
              {"language", record.language},
              {"patient",
               {{"given_name", record.patient.given_name},
                {"family_name", record.patient.family_name},
                {"date_of_birth", record.patient.date_of_birth},
                {"phone", record.patient.phone},
                {"email", record.patient.email}}},
              {"answers", parsed(record.answers_json)},
              {"flags", flags},
              {"consent", parsed(record.consent_json)},
              {"photo_consent", record.photo_consent},
              {"status", to_string(record.status)},
              {"pdfs", pdfs},
              {"reviews", reviews}};
  if (record.guardian)
    out["guardian"] = {{"name", record.guardian->name}, {"relationship", record.guardian->relationship}};
  return out;
}

void print_record(std::ostream& out, const store::Record& record) {
  out << "Record " << record.id << " (" << to_string(record.status) << ")\n"
      << "  Created:       " << record.created_at << "\n"
      << "  Signed:        " << record.signed_at << "\n"
      << "  Patient:       " << record.patient.given_name << " " << record.patient.family_name << ", born "
      << record.patient.date_of_birth << "\n"
      << "  Contact:       " << record.patient.phone
      << (record.patient.email.empty() ? "" : ", " + record.patient.email) << "\n";
  if (record.guardian)
    out << "  Guardian:      " << record.guardian->name << " (" << record.guardian->relationship << ")\n";
  out << "  Form:          " << record.form_id << " version " << record.form_version << " ("
      << record.language << ")\n"
      << "  Consent text:  sha256 " << record.consent_sha256 << "\n"
      << "  Photo consent: " << (record.photo_consent ? "yes" : "no") << "\n";
  out << "  Flags:" << (record.flags.empty() ? "         none\n" : "\n");
  for (const auto& flag : record.flags)
    out << "    [" << to_string(flag.severity) << "] " << flag.code << ": " << flag.staff_message << "\n";
  out << "  Answers:       "
      << json::parse(record.answers_json, nullptr, false).dump(-1, ' ', false, json::error_handler_t::replace)
      << "\n";
  for (const auto& pdf : record.pdfs)
    out << "  PDF v" << pdf.version << " (" << pdf.kind << "): " << pdf.size << " bytes, sha256 "
        << pdf.sha256 << "\n";
  for (const auto& review : record.reviews)
    out << "  Review by " << review.reviewer_name << " at " << review.reviewed_at << ": "
        << to_string(review.decision) << (review.note.empty() ? "" : " - " + review.note) << "\n";
}

Result<int> show_command(CliContext& context, store::Store& store, const std::string& id, bool as_json) {
  // Not TRY: moving the record out would leave short names behind in the Result, unwiped.
  auto record = store::view_record(store, id, context.actor);
  if (!record) return record.error();
  if (as_json) {
    context.out << record_json(*record).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    print_record(context.out, *record);
  }
  store::secure_wipe(*record);
  return kExitOk;
}

Result<int> pdf_command(CliContext& context, store::Store& store, const std::string& id,
                        const std::string& out_path, int version) {
  auto pdf =
      TRY(store::read_record_pdf(store, id, version, store::PdfAccess::export_file, context.actor, out_path));
  // 0600: the file holds patient data; staff copy it on to the archive deliberately.
  auto written = store::write_file_atomically(out_path, pdf.bytes, 0600, store::ExistingFile::refuse);
  secure_wipe(pdf.bytes);
  if (!written) return written.error();
  context.out << "wrote " << out_path << ": record " << id << " PDF version " << pdf.version << ", sha256 "
              << pdf.sha256 << "\n";
  return kExitOk;
}

Result<int> records_command(CliContext& context, const CommandArgs& args) {
  if (args.empty()) return usage(context);
  const std::string& action = args[0];
  if (action == "fhir") return run_records_fhir_command(context, args);
  bool as_json = false;
  bool flagged = false;
  int version = 0;
  std::vector<std::string> positional;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--json") {
      as_json = true;
    } else if (args[i] == "--flagged") {
      flagged = true;
    } else if (args[i] == "--version" && i + 1 < args.size()) {
      version = std::atoi(args[++i].c_str());
      if (version <= 0) return usage(context);
    } else if (args[i].starts_with("--")) {
      return usage(context);
    } else {
      positional.push_back(args[i]);
    }
  }
  const bool valid = (action == "list" && positional.empty()) ||
                     (action == "show" && positional.size() == 1) ||
                     (action == "pdf" && positional.size() == 2 && !as_json && !flagged);
  if (!valid) return usage(context);

  auto store = TRY(store::open_store(context.paths, context.clock));
  if (action == "list") return list_command(context, store, flagged, as_json);
  if (action == "show") return show_command(context, store, positional[0], as_json);
  return pdf_command(context, store, positional[0], positional[1], version);
}

}  // namespace

int run_records_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, records_command(context, args));
}

}  // namespace intake::cli
