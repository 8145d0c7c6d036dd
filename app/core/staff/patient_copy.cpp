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

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "pdf/consent_pdf.hpp"
#include "signing/pdf_signer.hpp"
#include "store/atomic_file.hpp"
#include "store/audit.hpp"
#include "store/device_certificates.hpp"
#include "store/record_read.hpp"
#include "store/settings.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"
#include "submission/record_builder.hpp"
#include "submission/record_rerender.hpp"

extern char** environ;

namespace intake::staff {
namespace {

constexpr int kPatientSignedVersion = 1;  // the signed original the copy is made from

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

// What a failed print tells staff to do next, from what lp said.
struct PrintProblem {
  std::string detail;  // what happened, for the audit trail ("" = printed)
  std::string sentence;
  std::string key;
};

PrintProblem plain_problem(std::string detail) {
  std::string lower = detail;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto says = [&](const char* words) { return lower.find(words) != std::string::npos; };
  if (says("is missing") || says("no default destination") || says("does not exist") || says("not set up"))
    return {std::move(detail), "No printer is set up. Ask an admin, or export the copy to a USB stick.",
            "error.print.no_printer"};
  if (says("not accepting") || says("disabled") || says("paused") || says("stopped"))
    return {
        std::move(detail),
        "The printer is switched off or paused. Check it, then try again, or export the copy to a USB stick.",
        "error.print.printer_paused"};
  if (says("unable to connect") || says("scheduler") || says("connection refused"))
    return {std::move(detail),
            "The print service is not running. Ask an admin, or export the copy to a USB stick.",
            "error.print.no_service"};
  return {std::move(detail),
          "The printer did not take the copy. Check it is on and has paper, then try again.",
          "error.print.failed"};
}

// Runs the print program with the PDF on its standard input; returns "" or what went wrong.
std::string run_print_program(const PrintOptions& options, const std::string& title,
                              const std::vector<std::uint8_t>& pdf) {
  int input[2], errors[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0)
    return std::string("could not start printing: ") + std::strerror(errno);
  Fd input_parent{input[0]}, input_child{input[1]};
  if (::pipe2(errors, O_CLOEXEC) != 0)
    return std::string("could not start printing: ") + std::strerror(errno);
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
    return spawned == ENOENT
               ? "printing is not set up on this kiosk (the " + options.program + " program is missing)"
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

Result<std::vector<std::uint8_t>> make_patient_copy(store::Store& store, const std::string& record_id,
                                                    const PatientCopySource& source, store::PdfAccess access,
                                                    const std::string& actor,
                                                    const std::string& destination) {
  // The signed original first: its hash is checked and the access is on record before any
  // copy of its contents is made.
  auto original = store::read_record_pdf(store, record_id, kPatientSignedVersion, access, actor, destination);
  if (!original) return original.error();
  secure_wipe(original->bytes);
  auto record = store::view_record(store, record_id, actor);
  if (!record) return record.error();
  std::vector<std::string> strokes = {sha256_hex(record->signature_json)};
  if (!record->guardian_signature_json.empty())
    strokes.push_back(sha256_hex(record->guardian_signature_json));
  std::chrono::system_clock::time_point signed_time;
  store::parse_utc_timestamp(record->created_at, signed_time);
  auto input = submission::rebuild_consent_pdf_input(*record, source.catalog);
  store::secure_wipe(*record);
  if (!input) return input.error();
  auto pdf = pdf::render_patient_copy_pdf(*input, pdf::noto_sans_fonts(source.fonts_dir));
  const std::string clinic = input->clinic_name;
  submission::wipe_pdf_input(*input);
  if (!pdf) return pdf.error();
  auto device = signing::open_device_identity(store, {source.credentials_dir, clinic, signed_time, actor});
  if (!device) {
    secure_wipe(*pdf);
    return device.error();
  }
  auto head = store::current_audit_head_hash(store);
  if (!head) {
    secure_wipe(*pdf);
    return head.error();
  }
  const signing::SignatureBinding binding{record_id, *head, strokes, signed_time, "Patient copy", clinic};
  auto signed_pdf = signing::sign_pdf(*pdf, *device, binding);
  secure_wipe(*pdf);
  return signed_pdf;
}

Status print_patient_copy(store::Store& store, const std::string& record_id, const PatientCopySource& source,
                          const PrintOptions& options, const std::string& actor) {
  const std::string destination =
      "printer:" + (options.printer.empty() ? std::string("default") : options.printer);
  auto pdf = make_patient_copy(store, record_id, source, store::PdfAccess::print, actor, destination);
  if (!pdf) return pdf.error();
  const std::string said = run_print_program(options, "Check-in " + record_id, *pdf);
  secure_wipe(*pdf);
  // The outcome is its own entry: a failed print must never read as a print in the trail.
  nlohmann::json details = {{"copy", "patient"}, {"destination", destination}};
  if (!said.empty()) details["reason"] = said;
  auto outcome = store::append_audit_entry(
      store,
      {actor, said.empty() ? store::audit_action::kRecordPrint : store::audit_action::kRecordPrintFailed,
       record_id, details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
  if (!outcome) return outcome.error();
  if (said.empty()) return ok_status();
  PrintProblem problem = plain_problem(said);
  return Error{problem.sentence, store::kExitStoreFailure, problem.key};
}

Result<std::filesystem::path> save_patient_copy(store::Store& store, const std::string& record_id,
                                                const PatientCopySource& source,
                                                const std::filesystem::path& folder,
                                                const std::string& actor) {
  std::error_code ec;
  if (folder.empty() || !std::filesystem::is_directory(folder, ec))
    return Error{"The folder " + folder.string() + " does not exist; is the stick mounted?",
                 store::kExitNotFound, "error.export.no_folder"};
  const std::filesystem::path path = folder / (record_id + "-patient-copy.pdf");
  if (std::filesystem::exists(path, ec))
    return Error{"A patient copy of " + record_id + " is already in this folder.", store::kExitAlreadyExists,
                 "error.export.copy_exists"};
  auto pdf = make_patient_copy(store, record_id, source, store::PdfAccess::export_file, actor, path.string());
  if (!pdf) return pdf.error();
  Status written = store::write_file_atomically(path, *pdf, 0600, store::ExistingFile::refuse);
  secure_wipe(*pdf);
  if (!written) return written.error();
  return path;
}

}  // namespace intake::staff
