#include "staff/patient_copy.hpp"

#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "common/secure_memory.hpp"
#include "store/audit.hpp"
#include "store/atomic_file.hpp"
#include "store/record_read.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"

extern char** environ;

namespace intake::staff {
namespace {

constexpr int kPatientSignedVersion = 1;

struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// Writes everything; a socket and MSG_NOSIGNAL, so an lp that exits early gives EPIPE rather
// than a SIGPIPE that would end the kiosk.
bool send_all(int fd, const std::vector<std::uint8_t>& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

std::string read_all(int fd) {
  std::string text;
  char buffer[512];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > 4096) break;  // lp's messages are one line; never hold more
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '.')) text.pop_back();
  return text;
}

// Runs the print program with the PDF on its standard input; returns "" or what went wrong.
std::string run_print_program(const PrintOptions& options, const std::string& title,
                              const std::vector<std::uint8_t>& pdf) {
  int input[2], errors[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0)
    return std::string("could not start printing: ") + std::strerror(errno);
  Fd input_parent{input[0]}, input_child{input[1]};
  if (::pipe2(errors, O_CLOEXEC) != 0) return std::string("could not start printing: ") + std::strerror(errno);
  Fd errors_parent{errors[0]}, errors_child{errors[1]};

  std::vector<std::string> args = {options.program};
  if (!options.printer.empty()) args.insert(args.end(), {"-d", options.printer});
  args.insert(args.end(), {"-t", title});
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input_child.fd, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errors_child.fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, errors_child.fd, STDERR_FILENO);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, options.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0)
    return spawned == ENOENT ? "printing is not set up on this kiosk (the " + options.program + " program is missing)"
                             : "could not start " + options.program + ": " + std::strerror(spawned);
  input_child.reset();
  errors_child.reset();
  const bool sent = send_all(input_parent.fd, pdf);
  input_parent.reset();  // end of file for lp
  const std::string said = read_all(errors_parent.fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && sent) return "";
  if (!said.empty()) return "the printer did not take the copy: " + said;
  return "the printer did not take the copy (" + options.program + " failed)";
}

}  // namespace

Result<PrintOptions> clinic_print_options(store::Store& store) {
  auto printer = store::get_setting(store, "printer");
  if (!printer) return printer.error();
  PrintOptions options;
  if (*printer) options.printer = **printer;
  return options;
}

Status print_patient_copy(store::Store& store, const std::string& record_id, const PrintOptions& options,
                          const std::string& actor) {
  const std::string destination = "printer:" + (options.printer.empty() ? std::string("default") : options.printer);
  auto pdf = store::read_record_pdf(store, record_id, kPatientSignedVersion, store::PdfAccess::print, actor,
                                    destination);
  if (!pdf) return pdf.error();
  std::string problem = run_print_program(options, "Check-in " + record_id, pdf->bytes);
  secure_wipe(pdf->bytes);
  // The outcome is its own entry: a failed print must never read as a print in the trail.
  nlohmann::json details = {{"pdf_version", pdf->version}, {"pdf_sha256", pdf->sha256},
                            {"destination", destination}};
  if (!problem.empty()) details["reason"] = problem;
  TRY(store::append_audit_entry(
      store, {actor, problem.empty() ? store::audit_action::kRecordPrint : store::audit_action::kRecordPrintFailed,
              record_id, details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}));
  if (problem.empty()) return ok_status();
  problem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(problem[0])));
  return Error{problem + ".", store::kExitStoreFailure};
}

Result<std::filesystem::path> save_patient_copy(store::Store& store, const std::string& record_id,
                                                const std::filesystem::path& folder, const std::string& actor) {
  std::error_code ec;
  if (folder.empty() || !std::filesystem::is_directory(folder, ec))
    return Error{"The folder " + folder.string() + " does not exist; is the stick mounted?", store::kExitNotFound};
  const std::filesystem::path path = folder / (record_id + "-patient-copy.pdf");
  if (std::filesystem::exists(path, ec))
    return Error{"A patient copy of " + record_id + " is already in this folder.", store::kExitAlreadyExists};
  auto pdf = store::read_record_pdf(store, record_id, kPatientSignedVersion, store::PdfAccess::export_file, actor,
                                    path.string());
  if (!pdf) return pdf.error();
  Status written = store::write_file_atomically(path, pdf->bytes, 0600, store::ExistingFile::refuse);
  secure_wipe(pdf->bytes);
  if (!written) return written.error();
  return path;
}

}  // namespace intake::staff
