#include "fhir/secret_files.hpp"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "common/try.hpp"
#include "store/store_error.hpp"

namespace intake::fhir {

std::filesystem::path secret_path(const std::filesystem::path& credentials_dir, const char* credential,
                                  const std::filesystem::path& file) {
  return is_credential(credentials_dir, credential) ? credentials_dir / credential : file;
}

bool is_credential(const std::filesystem::path& credentials_dir, const char* credential) {
  std::error_code error;
  return !credentials_dir.empty() && std::filesystem::exists(credentials_dir / credential, error);
}

Status check_private_mode(const std::filesystem::path& path, const std::string& what, const char* lang_key) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || (info.st_mode & 077) == 0) return ok_status();
  Error error =
      store::store_error(store::kExitKeyInvalid,
                         what + " " + path.string() + " is readable by others; make it 0600 (chmod 600).");
  error.key = lang_key;
  return error;
}

Result<std::string> read_secret(const std::filesystem::path& path, bool check_mode, const std::string& what,
                                const char* lang_key) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::string();
  if (check_mode) TRY(check_private_mode(path, what, lang_key));
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string secret = text.str();
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r' || secret.back() == ' '))
    secret.pop_back();
  return secret;
}

}  // namespace intake::fhir
