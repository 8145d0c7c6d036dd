// `audit verify`: checks every page (HMAC and structure), the whole audit chain, and every
// record, PDF, review, staff account and setting against the entry that vouches for it.
#include <ostream>

#include "cli/cli_context.hpp"
#include "store/audit_verify.hpp"
#include "store/store.hpp"
#include "store/store_error.hpp"

namespace intake::cli {

int run_audit_command(CliContext& context, const CommandArgs& args) {
  if (args.size() != 1 || args[0] != "verify") {
    context.err << "usage: intake-kiosk audit verify\n";
    return kExitUsage;
  }
  auto store = store::open_store(context.paths.data_dir);
  if (!store) {
    context.err << "intake-kiosk: " << store.error().message << "\n";
    return store.error().code;
  }
  if (auto st = store::check_store_integrity(*store); !st) {
    context.err << "intake-kiosk: " << st.error().message << "\n";
    return st.error().code;
  }
  auto report = store::verify_audit_trail(*store);
  if (!report) {
    context.err << "intake-kiosk: " << report.error().message << "\n";
    return report.error().code;
  }
  context.out << "checked " << report->entries_checked << " audit entries, "
              << report->records_checked << " records and " << report->pdfs_checked
              << " PDFs\n";
  if (!report->ok()) {
    context.err << "audit verify FAILED: " << report->first_problem;
    if (report->problems > 1) context.err << " (" << report->problems << " problems in all)";
    context.err << "\n";
    return store::kExitAuditMismatch;
  }
  context.out << "audit chain intact; every record and PDF matches its entry\n";
  return kExitOk;
}

}  // namespace intake::cli
