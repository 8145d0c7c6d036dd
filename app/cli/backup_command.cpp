// `backup FILE | DIR [--keep N]`: an encrypted copy that opens with the same key (restore:
// store/backup.hpp), read back and checked after writing. Into a directory (the nightly timer's
// USB stick or share) it is named intake-kiosk-<UTC time>.db and only the newest N are kept.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "store/backup.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kBackupPrefix = "intake-kiosk-";
constexpr const char* kBackupSuffix = ".db";

// UTC to the millisecond, so names sort by time and two backups in one second do not clash.
std::string backup_file_name(std::chrono::system_clock::time_point now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("{}{:04}{:02}{:02}T{:02}{:02}{:02}.{:03}Z{}", kBackupPrefix, utc.tm_year + 1900,
                     utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, millis, kBackupSuffix);
}

// Deletes all but the newest `keep` backups in `directory` (their names sort by time).
void prune_backups(const fs::path& directory, int keep, std::ostream& out) {
  std::vector<fs::path> backups;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(kBackupPrefix) && name.ends_with(kBackupSuffix)) backups.push_back(entry.path());
  }
  std::sort(backups.begin(), backups.end());
  for (std::size_t i = 0; i + static_cast<std::size_t>(keep) < backups.size(); ++i) {
    if (fs::remove(backups[i], ec)) out << "removed old backup " << backups[i].string() << "\n";
  }
}

}  // namespace

int run_backup_command(CliContext& context, const CommandArgs& args) {
  std::string target;
  int keep = 0;
  bool usage_error = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--keep" && i + 1 < args.size()) {
      try {
        keep = std::stoi(args[++i]);
      } catch (...) {
        keep = -1;
      }
      if (keep < 1) usage_error = true;
    } else if (!args[i].starts_with("--") && target.empty()) {
      target = args[i];
    } else {
      usage_error = true;
    }
  }
  if (usage_error || target.empty()) {
    context.err << "usage: intake-kiosk backup FILE | DIR [--keep N]\n";
    return kExitUsage;
  }
  std::error_code ec;
  const bool into_directory = fs::is_directory(target, ec);
  if (keep > 0 && !into_directory) {
    context.err << "intake-kiosk: --keep needs a directory (" << target << " is not one)\n";
    return kExitUsage;
  }
  const fs::path destination =
      into_directory ? fs::path(target) / backup_file_name(context.clock.now()) : fs::path(target);
  auto store = store::open_store(context.paths, context.clock);
  if (!store) {
    context.err << "intake-kiosk: " << store.error().message << "\n";
    return store.error().code;
  }
  if (auto st = store::backup_store(*store, destination, context.actor); !st) {
    context.err << "intake-kiosk: " << st.error().message << "\n";
    return st.error().code;
  }
  if (auto st = store::verify_backup(*store, destination); !st) {
    context.err << "intake-kiosk: " << st.error().message << "\n";
    return st.error().code;
  }
  context.out << "wrote encrypted backup " << destination.string()
              << " and read it back: every page and the audit chain's head match"
              << " (it opens with the store's key)\n";
  if (keep > 0) prune_backups(target, keep, context.out);
  return kExitOk;
}

}  // namespace intake::cli
