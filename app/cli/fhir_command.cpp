// `fhir status`, `fhir send [--limit N]` and `fhir configure ...`: the FHIR delivery from a
// shell, through the same core as the kiosk's delivery worker (fhir/outbox_delivery.hpp).
#include <fmt/format.h>

#include <cstdlib>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
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
                 "[--client-certificate FILE|none] [--timeout SECONDS]\n";
  return kExitUsage;
}

int fail(CliContext& context, const Error& error) {
  context.err << "intake-kiosk: " << error.message << "\n";
  return error.code;
}

const std::filesystem::path& credentials_dir(const CliContext& context) {
  return context.paths.credentials_dir;
}

int status_command(CliContext& context, store::Store& store) {
  auto server = fhir::load_server_config(store, credentials_dir(context));
  if (!server) return fail(context, server.error());
  auto status = store::fhir_outbox_status(store);
  if (!status) return fail(context, status.error());
  context.out << fhir::delivery_summary(server->enabled(), *status, [&context](const std::string& utc) {
    return staff::local_date_time(utc, context.clock.zone);
  }) << "\n";
  if (server->enabled()) context.out << "server: " << server->base_url << "\n";
  context.out << fmt::format("waiting: {}\nsent: {}\n", status->waiting, status->delivered);
  return kExitOk;
}

int send_command(CliContext& context, store::Store& store, std::int64_t limit) {
  auto server = fhir::load_server_config(store, credentials_dir(context));
  if (!server) return fail(context, server.error());
  if (!server->enabled()) {
    context.err << "intake-kiosk: sending to a FHIR server is off; set one with "
                   "`intake-kiosk fhir configure --server URL`.\n";
    return kExitFailure;
  }
  auto options = fhir::load_fhir_options(store);
  if (!options) return fail(context, options.error());
  const forms::FormCatalog catalog = forms::load_form_catalog(context.paths.forms_dir);
  const fhir::DeliveryRun run = fhir::deliver_waiting(store, &catalog, *options, *server, limit);
  context.out << fmt::format("sent {} to {}\n", run.delivered, server->base_url);
  if (run.failed) {
    context.err << "intake-kiosk: " << run.error << " It stays waiting and is sent again next time.\n";
    return kExitFailure;
  }
  return kExitOk;
}

int configure_command(CliContext& context, store::Store& store, const CommandArgs& args) {
  std::vector<std::pair<std::string, std::string>> values;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    const std::string& value = args[i + 1];
    std::string problem;
    if (args[i] == "--server") {
      const std::string url = value == "off" ? "" : value;
      problem = fhir::check_server_url(url);
      values.emplace_back(fhir::kServerUrlSetting, url);
    } else if (args[i] == "--system-base") {
      problem = fhir::check_system_base(value);
      values.emplace_back(fhir::kSystemBaseSetting, value);
    } else if (args[i] == "--client-certificate") {
      const std::string path = value == "none" ? "" : std::filesystem::absolute(value).string();
      if (!path.empty() && !std::filesystem::exists(path))
        problem = "There is no certificate file " + path + ".";
      values.emplace_back(fhir::kClientCertificateSetting, path);
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
  if (values.empty() || args.size() % 2 == 0) return usage(context);
  if (auto st = store::set_settings(store, values, context.actor); !st) return fail(context, st.error());
  for (const auto& [key, value] : values) context.out << key << " = " << value << "\n";
  return kExitOk;
}

}  // namespace

int run_fhir_command(CliContext& context, const CommandArgs& args) {
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
  auto store = store::open_store(context.paths, context.clock);
  if (!store) return fail(context, store.error());
  if (args[0] == "status") return status_command(context, *store);
  if (args[0] == "send") return send_command(context, *store, limit);
  return configure_command(context, *store, args);
}

}  // namespace intake::cli
