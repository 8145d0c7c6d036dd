// `verify FILE.pdf...`: checks each PDF's digital signature offline and, when this machine has
// the kiosk's store, whether the store knows the signing certificate and holds that record's
// PDF with exactly this hash. One line per file; the exit code is the worst verdict's.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>

#include "cli/cli_context.hpp"
#include "signing/signing_error.hpp"
#include "signing/verify_pdf.hpp"
#include "store/store.hpp"

namespace intake::cli {

int run_verify_command(CliContext& context, const CommandArgs& args) {
  std::vector<std::string> files;
  bool use_store = true;
  for (const std::string& arg : args) {
    if (arg == "--no-store")
      use_store = false;
    else
      files.push_back(arg);
  }
  if (files.empty()) {
    context.err << "usage: intake-kiosk verify [--no-store] FILE.pdf...\n";
    return kExitUsage;
  }
  // Only an existing store is opened: verifying on another computer must not create one.
  std::optional<store::Store> store;
  std::error_code ec;
  if (use_store && std::filesystem::exists(context.paths.data_dir / store::kStoreFileName, ec)) {
    auto opened = store::open_store(context.paths, context.clock);
    if (opened)
      store = std::move(*opened);
    else
      context.err << "intake-kiosk verify: the store cannot be opened (" << opened.error().message
                  << "); checking signatures only.\n";
  }
  signing::Verdict worst = signing::Verdict::valid;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::uint8_t> bytes;
    if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    signing::PdfVerification result;
    if (!in || bytes.size() < 5) {
      result.verdict = signing::Verdict::unreadable;
      context.out << file << ": unreadable: the file cannot be read or is not a PDF\n";
    } else {
      result = signing::verify_pdf(bytes, store ? &*store : nullptr);
      context.out << file << ": " << signing::verification_line(result) << "\n";
    }
    if (static_cast<int>(result.verdict) > static_cast<int>(worst)) worst = result.verdict;
  }
  return signing::verdict_exit_code(worst);
}

}  // namespace intake::cli
