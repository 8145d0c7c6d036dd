#pragma once
// `intake-kiosk --out-of-order`: a fullscreen window with only the out-of-order message, for the
// unit systemd starts when the kiosk keeps crashing. It reads no forms, opens no store and
// needs no keys; it redraws only when the window changes and runs until SIGTERM.
#include <iosfwd>

#include "common/resource_paths.hpp"
#include "platform/kiosk_options.hpp"
#include "platform/service_notifier.hpp"

namespace intake {

int run_out_of_order_app(const ResourcePaths& paths, const KioskOptions& options,
                         const ServiceEnvironment& service, std::ostream& err);

}  // namespace intake
