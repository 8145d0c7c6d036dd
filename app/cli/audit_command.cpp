// `audit verify [--against FOLDER]`: checks every page (HMAC and structure), the whole audit
// chain and its MACs, the head kept outside the store, and every record, PDF, review, staff
// account and setting against the entry that vouches for it; with --against, also that the
// store still holds the head every export manifest under FOLDER recorded.
// `audit accept-restore`: keep a deliberately restored older store (audited).
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/try.hpp"
#include "store/audit_verify.hpp"
#include "store/store.hpp"
#include "store/store_error.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk audit verify [--against FOLDER]\n"
                 "       intake-kiosk audit accept-restore\n";
  return kExitUsage;
}

Result<int> accept_restore(CliContext& context) {
  auto store = TRY(store::open_store(context.paths, context.clock));
  TRY(store::accept_restored_store(store, context.actor));
  auto head = TRY(store::current_audit_head(store));
  context.out << "accepted the store as it is; the audit head is now entry #" << head.seq << "\n";
  return kExitOk;
}

Result<int> verify(CliContext& context, const std::filesystem::path& against) {
  auto store = TRY(store::open_store(context.paths, context.clock));
  TRY(store::check_store_integrity(store));
  auto report = TRY(store::verify_audit_trail(store));
  context.out << "checked " << report.entries_checked << " audit entries, " << report.records_checked
              << " records and " << report.pdfs_checked << " PDFs\n";
  if (report.head == store::HeadCheck::head_file_behind)
    context.out << "note: audit.head is behind the store (entry #" << report.recorded_head.seq << " of #"
                << report.store_head.seq
                << "; a commit was not followed by its head write); the next commit updates it\n";
  int code = kExitOk;
  if (!report.ok()) {
    context.err << "audit verify FAILED: " << report.first_problem;
    if (report.problems > 1) context.err << " (" << report.problems << " problems in all)";
    context.err << "\n";
    code = report.store_behind() ? store::kExitAuditBehind : store::kExitAuditMismatch;
  }
  if (!against.empty()) {
    auto anchors = TRY(store::verify_exported_heads(store, against));
    context.out << "checked " << anchors.heads_checked << " exported audit heads in "
                << anchors.manifests_checked << " manifests\n";
    if (!anchors.ok()) {
      context.err << "audit verify FAILED against " << against.string() << ": " << anchors.first_problem;
      if (anchors.problems > 1) context.err << " (" << anchors.problems << " problems in all)";
      context.err << "\n";
      if (code == kExitOk) code = anchors.store_behind ? store::kExitAuditBehind : store::kExitAuditMismatch;
    }
  }
  if (code == kExitOk)
    context.out << "audit chain intact and signed up to its head (entry #" << report.store_head.seq
                << "); every record and PDF matches its entry\n";
  return code;
}

}  // namespace

int run_audit_command(CliContext& context, const CommandArgs& args) {
  if (args.size() == 1 && args[0] == "accept-restore") return exit_code(context, accept_restore(context));
  if (args.empty() || args[0] != "verify") return usage(context);
  if (args.size() == 1) return exit_code(context, verify(context, {}));
  if (args.size() == 3 && args[1] == "--against") return exit_code(context, verify(context, args[2]));
  return usage(context);
}

}  // namespace intake::cli
