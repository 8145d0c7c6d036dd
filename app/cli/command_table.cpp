#include "cli/command_table.hpp"

#include <array>

namespace intake::cli {

// Each command's entry point, defined in its own <name>_command.cpp.
int run_version_command(CliContext& context, const CommandArgs& args);
int run_records_command(CliContext& context, const CommandArgs& args);
int run_audit_command(CliContext& context, const CommandArgs& args);
int run_backup_command(CliContext& context, const CommandArgs& args);
int run_staff_command(CliContext& context, const CommandArgs& args);
int run_forms_command(CliContext& context, const CommandArgs& args);
int run_evaluate_command(CliContext& context, const CommandArgs& args);
int run_submit_command(CliContext& context, const CommandArgs& args);
int run_export_command(CliContext& context, const CommandArgs& args);
int run_print_command(CliContext& context, const CommandArgs& args);
int run_settings_command(CliContext& context, const CommandArgs& args);
int run_device_command(CliContext& context, const CommandArgs& args);
int run_verify_command(CliContext& context, const CommandArgs& args);
int run_fhir_command(CliContext& context, const CommandArgs& args);
int run_doctor_command(CliContext& context, const CommandArgs& args);
int run_key_command(CliContext& context, const CommandArgs& args);

namespace {
// One row per command. Keep rows in the order --help should list them.
constexpr Command kCommands[] = {
    {"version", "version", "print the program version", run_version_command},
    {"forms", "forms check [DIR] | fhir FORM_ID [--out FILE]",
     "check every form under DIR (default: the forms directory), or write one as a FHIR Questionnaire",
     run_forms_command},
    {"evaluate", "evaluate FORM_ID ANSWERS.json [--as-of YYYY-MM-DD] [--language xx]",
     "show visible questions, missing answers and flags as JSON", run_evaluate_command},
    {"records",
     "records list [--flagged] [--json] | show ID [--json] | pdf ID OUT.pdf | fhir ID [--out FILE] | fhir "
     "--from DAY [--to DAY] --out DIR",
     "list, show (audited) or export (audited; PDF or FHIR R4 Bundle) stored records", run_records_command},
    {"export", "export FOLDER [--record ID | --from YYYY-MM-DD [--to YYYY-MM-DD]]",
     "write signed PDFs with SHA-256 manifests into FOLDER (default: today's records; audited)",
     run_export_command},
    {"print", "print ID [--printer NAME]", "print the patient's copy through lp (audited)",
     run_print_command},
    {"submit", "submit SESSION.json|-",
     "check, render and store a whole patient session; print the record id", run_submit_command},
    {"fhir",
     "fhir status | send [--limit N] | configure [--server URL|off] [--system-base URI] "
     "[--client-certificate FILE --client-key FILE|none] [--server-ca FILE|none] [--timeout S]",
     "the delivery of records and reviews to the clinic's FHIR server (audited reads)", run_fhir_command},
    {"audit", "audit verify [--against FOLDER] | accept-restore",
     "check the signed audit chain and its head, every record and PDF hash (and exported heads); "
     "accept a deliberately restored store (audited)",
     run_audit_command},
    {"verify", "verify [--no-store] FILE.pdf...",
     "check each PDF's digital signature: valid, altered, signed by an unknown device, or not signed",
     run_verify_command},
    {"device", "device show | csr | install-cert FILE",
     "the kiosk's signing certificate: show it, print a request for the clinic's CA, install the issued one",
     run_device_command},
    {"backup", "backup FILE | DIR [--keep N]",
     "write an encrypted copy of the store (same key) and check it; into DIR as intake-kiosk-<UTC time>.db, "
     "keeping the newest N",
     run_backup_command},
    {"key", "key rotate", "re-encrypt the store with a new store key (audited; stop the kiosk first)",
     run_key_command},
    {"doctor", "doctor [--backup-dir DIR]",
     "check store, keys, audit, disk, printer, clock and forms; non-zero exit on a failure",
     run_doctor_command},
    {"settings", "settings list | set KEY VALUE",
     "show or change the clinic's settings (clinic_name, time-outs, languages, active_forms, printer)",
     run_settings_command},
    {"staff", "staff add NAME --role ROLE | list | disable NAME | enable NAME | reset-pin NAME",
     "manage staff accounts (PINs are read from stdin)", run_staff_command},
};
}  // namespace

std::span<const Command> all_commands() { return kCommands; }

const Command* find_command(std::string_view name) {
  for (const Command& command : kCommands)
    if (name == command.name) return &command;
  return nullptr;
}

}  // namespace intake::cli
