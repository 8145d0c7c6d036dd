// `device csr`, `device install-cert FILE`, `device show`: the kiosk's signing identity from a
// shell. The clinic's IT sends the request to their own CA and installs what it issues; the
// self-signed certificate made on the first run serves until then.
#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/try.hpp"
#include "signing/device_identity.hpp"
#include "store/store.hpp"
#include "submission/submit_session.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk device show | csr | install-cert FILE\n";
  return kExitUsage;
}

void print_certificate(CliContext& context, const store::DeviceCertificate& certificate) {
  context.out << fmt::format("subject:     {}\nissuer:      {}\nvalid:       {} to {}\nsha256:      {}\n",
                             certificate.subject, certificate.issuer, certificate.not_before,
                             certificate.not_after, certificate.sha256);
}

Result<int> device_command(CliContext& context, const CommandArgs& args) {
  if (args.empty()) return usage(context);
  const std::string& action = args[0];
  if (!((action == "show" || action == "csr") && args.size() == 1) &&
      !(action == "install-cert" && args.size() == 2))
    return usage(context);

  std::string certificate_text;
  if (action == "install-cert") {
    std::ifstream file(args[1], std::ios::binary);
    if (!file) return Error{"cannot read " + args[1] + ".", kExitFailure};
    certificate_text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  }
  auto store = TRY(store::open_store(context.paths, context.clock));
  auto clinic = TRY(submission::clinic_name_for_pdf(store));
  const signing::DeviceIdentityOptions options{context.paths.credentials_dir, clinic, context.clock.now(),
                                               context.actor};
  if (action == "install-cert") {
    auto installed = TRY(signing::install_device_certificate(store, options, certificate_text));
    context.out
        << "Installed. New PDFs are signed with this certificate; PDFs signed before stay verifiable.\n";
    print_certificate(context, installed.record());
    return kExitOk;
  }
  auto identity = TRY(signing::open_device_identity(store, options));
  if (action == "show") {
    print_certificate(context, identity.record());
    return kExitOk;
  }
  auto request = TRY(signing::device_certificate_request(identity));
  context.out << request;
  return kExitOk;
}

}  // namespace

int run_device_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, device_command(context, args), "intake-kiosk device");
}

}  // namespace intake::cli
