// `staff add NAME --role ROLE` (PIN on stdin), `staff list`, `staff disable|enable NAME`,
// `staff reset-pin NAME` (PIN on stdin): the same account management as the admin screens.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <istream>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "cli/cli_result.hpp"
#include "common/secure_memory.hpp"
#include "common/text.hpp"
#include "common/try.hpp"
#include "store/staff.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk staff add NAME --role front_desk|practitioner|admin "
                 "(PIN on stdin)\n"
                 "       intake-kiosk staff list\n"
                 "       intake-kiosk staff disable|enable NAME\n"
                 "       intake-kiosk staff reset-pin NAME (PIN on stdin)\n";
  return kExitUsage;
}

// One line from stdin, without its line ending. The caller wipes it.
std::string read_pin(CliContext& context) {
  std::string pin;
  std::getline(context.in, pin);
  while (!pin.empty() && (pin.back() == '\r' || pin.back() == ' ')) pin.pop_back();
  return pin;
}

Result<int> staff_command(CliContext& context, const CommandArgs& args) {
  if (args.empty()) return usage(context);
  const std::string& action = args[0];
  std::optional<store::StaffRole> role;
  if (action == "add") {
    if (args.size() != 4 || args[2] != "--role") return usage(context);
    role = store::parse_staff_role(args[3]);
    if (!role) return usage(context);
  } else if (action == "list") {
    if (args.size() != 1) return usage(context);
  } else if (action == "disable" || action == "enable" || action == "reset-pin") {
    if (args.size() != 2) return usage(context);
  } else {
    return usage(context);
  }

  auto store = TRY(store::open_store(context.paths, context.clock));

  if (action == "list") {
    auto members = TRY(store::list_staff(store));
    for (const auto& member : members)
      context.out << fmt::format("{:<24} {:<13} {}\n", text::printable(member.name), to_string(member.role),
                                 member.disabled               ? "disabled"
                                 : member.locked_until.empty() ? "active"
                                                               : "locked until " + member.locked_until);
    return kExitOk;
  }
  if (action == "add" || action == "reset-pin") {
    std::string pin = read_pin(context);
    if (!store::is_valid_pin(pin)) {
      secure_wipe(pin);
      context.err << "intake-kiosk: the PIN read from standard input must be 4 to 8 digits.\n";
      return kExitUsage;
    }
    Status done = ok_status();
    if (action == "add") {
      auto id = store::add_staff(store, args[1], *role, pin, context.actor);
      if (!id) done = id.error();
    } else {
      auto member = store::find_staff(store, args[1]);
      done = member ? store::reset_staff_pin(store, member->id, pin, context.actor) : Status(member.error());
    }
    secure_wipe(pin);
    if (!done) return done.error();
    context.out << (action == "add" ? "added " : "reset the PIN of ") << args[1] << "\n";
    return kExitOk;
  }
  auto member = TRY(store::find_staff(store, args[1]));
  TRY(store::set_staff_disabled(store, member.id, action == "disable", context.actor));
  context.out << action << "d " << args[1] << "\n";
  return kExitOk;
}

}  // namespace

int run_staff_command(CliContext& context, const CommandArgs& args) {
  return exit_code(context, staff_command(context, args));
}

}  // namespace intake::cli
