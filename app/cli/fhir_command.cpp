// `fhir status`, `fhir send [--limit N]` and `fhir configure ...`: the FHIR delivery from a
// shell, through the same core as the kiosk's delivery worker (fhir/outbox_delivery.hpp).
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <optional>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/try.hpp"
#include "fhir/client_certificate.hpp"
#include "fhir/delivery_status.hpp"
#include "fhir/fhir_options.hpp"
#include "fhir/fhir_server.hpp"
#include "fhir/outbox_delivery.hpp"
#include "forms/form_catalog.hpp"
#include "staff/staff_queue.hpp"
#include "store/fhir_outbox.hpp"
#include "store/settings.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk fhir status\n"
                 "       intake-kiosk fhir send [--limit N]\n"
                 "       intake-kiosk fhir configure [--server URL|off] [--system-base URI] "
                 "[--client-certificate FILE --client-key FILE | --client-certificate none] "
                 "[--server-ca FILE|none] [--timeout SECONDS]\n";
  return kExitUsage;
}

const std::filesystem::path& credentials_dir(const CliContext& context) {
  return context.paths.credentials_dir;
}

Result<int> status_command(CliContext& context, store::Store& store) {
  auto server = TRY(fhir::load_server_config(store, credentials_dir(context)));
  auto status = TRY(store::fhir_outbox_status(store));
  context.out << fhir::delivery_summary(server.enabled(), status, [&context](const std::string& utc) {
    return staff::local_date_time(utc, context.clock.zone);
  }) << "\n";
  if (server.enabled()) context.out << "server: " << server.base_url << "\n";
  auto certificate = TRY(fhir::describe_client_certificate(store.data_dir(), credentials_dir(context)));
  if (certificate)
    context.out << fmt::format("client certificate: {} (issued by {}, valid until {}{})\n",
                               certificate->subject, certificate->issuer,
                               staff::local_date_time(certificate->not_after, context.clock.zone),
                               certificate->from_credentials ? "; a system credential" : "");
  if (!server.server_ca.empty()) context.out << "server CA: " << server.server_ca.string() << "\n";
  context.out << fmt::format("waiting: {}\nsent: {}\n", status.waiting, status.delivered);
  return kExitOk;
}

Result<int> send_command(CliContext& context, store::Store& store, std::int64_t limit) {
  auto server = TRY(fhir::load_server_config(store, credentials_dir(context)));
  if (!server.enabled()) {
    context.err << "intake-kiosk: sending to a FHIR server is off; set one with "
                   "`intake-kiosk fhir configure --server URL`.\n";
    return kExitFailure;
  }
  auto options = TRY(fhir::load_fhir_options(store));
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  const fhir::DeliveryRun run = fhir::deliver_waiting(store, &catalog, options, server, limit);
  context.out << fmt::format("sent {} to {}\n", run.delivered, server.base_url);
  if (run.failed) {
    context.err << "intake-kiosk: " << run.error << " It stays waiting and is sent again next time.\n";
    return kExitFailure;
  }
  return kExitOk;
}

// The certificate files to install or remove, checked before anything is changed.
struct CertificateChange {
  std::optional<std::string> certificate;  // "" = remove
  std::optional<std::string> key;
  std::optional<std::string> server_ca;  // "" = remove
};

Status apply_certificates(CliContext& context, store::Store& store, const CertificateChange& change) {
  const auto now = std::chrono::system_clock::now();
  if (change.certificate) {
    TRY(change.certificate->empty()
            ? fhir::remove_client_certificate(store.data_dir(), credentials_dir(context))
            : fhir::install_client_certificate_files(store.data_dir(), credentials_dir(context),
                                                     *change.certificate, *change.key, now));
    context.out << (change.certificate->empty()
                        ? "client certificate removed\n"
                        : "client certificate and key kept in the data directory (0600)\n");
  }
  if (change.server_ca) {
    TRY(fhir::install_server_ca(store.data_dir(), *change.server_ca));
    context.out << (change.server_ca->empty() ? "server CA removed (the system's CA list is used)\n"
                                              : "server CA kept in the data directory\n");
  }
  return ok_status();
}

Result<int> configure_command(CliContext& context, store::Store& store, const CommandArgs& args) {
  std::vector<std::pair<std::string, std::string>> values;
  CertificateChange certificates;
  auto absolute = [](const std::string& value) { return std::filesystem::absolute(value).string(); };
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    const std::string& value = args[i + 1];
    std::string problem;
    if (args[i] == "--server") {
      const std::string url = value == "off" ? "" : value;
      if (auto st = fhir::check_server_url(url); !st) problem = st.error().message;
      values.emplace_back(fhir::kServerUrlSetting, url);
    } else if (args[i] == "--system-base") {
      problem = fhir::check_system_base(value);
      values.emplace_back(fhir::kSystemBaseSetting, value);
    } else if (args[i] == "--client-certificate") {
      certificates.certificate = value == "none" ? "" : absolute(value);
    } else if (args[i] == "--client-key") {
      certificates.key = absolute(value);
    } else if (args[i] == "--server-ca") {
      certificates.server_ca = value == "none" ? "" : absolute(value);
    } else if (args[i] == "--timeout") {
      const long seconds = std::strtol(value.c_str(), nullptr, 10);
      if (seconds < 1 || seconds > 600) problem = "The time-out must be 1 to 600 seconds.";
      values.emplace_back(fhir::kTimeoutSetting, std::to_string(seconds));
    } else {
      return usage(context);
    }
    if (!problem.empty()) {
      context.err << "intake-kiosk: " << problem << " Nothing was changed.\n";
      return kExitUsage;
    }
  }
  const bool installs_certificate = certificates.certificate && !certificates.certificate->empty();
  if (installs_certificate != certificates.key.has_value()) {
    context.err << "intake-kiosk: --client-certificate FILE needs --client-key FILE (its private key), and "
                   "--client-key needs the certificate. Nothing was changed.\n";
    return kExitUsage;
  }
  const bool any = !values.empty() || certificates.certificate || certificates.server_ca;
  if (!any || args.size() % 2 == 0) return usage(context);
  TRY(apply_certificates(context, store, certificates));
  if (values.empty()) return kExitOk;
  TRY(store::set_settings(store, values, context.actor));
  for (const auto& [key, value] : values) context.out << key << " = " << value << "\n";
  return kExitOk;
}

Result<int> fhir_command(CliContext& context, const CommandArgs& args) {
  if (args.empty()) return usage(context);
  std::int64_t limit = INT64_MAX;
  if (args[0] == "send") {
    if (args.size() == 3 && args[1] == "--limit") {
      limit = std::strtoll(args[2].c_str(), nullptr, 10);
      if (limit <= 0) return usage(context);
    } else if (args.size() != 1) {
      return usage(context);
    }
  } else if (args[0] == "status") {
    if (args.size() != 1) return usage(context);
  } else if (args[0] != "configure") {
    return usage(context);
  }
  auto store = TRY(store::open_store(context.paths, context.clock));
  if (args[0] == "status") return status_command(context, store);
  if (args[0] == "send") return send_command(context, store, limit);
  return configure_command(context, store, args);
}

}  // namespace

int run_fhir_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, fhir_command(context, args));
}

}  // namespace intake::cli
