#pragma once
// Where a FHIR delivery secret is read from, and the check every secret file gets: a systemd
// credential ($CREDENTIALS_DIRECTORY/NAME) wins over the data dir's file, and a file that group
// or others can read is refused as a store key would be.
#include <filesystem>
#include <string>

#include "common/result.hpp"

namespace intake::fhir {

// The credential when there is one, else `file`.
std::filesystem::path secret_path(const std::filesystem::path& credentials_dir, const char* credential,
                                  const std::filesystem::path& file);

bool is_credential(const std::filesystem::path& credentials_dir, const char* credential);

// Refuses (kExitKeyInvalid, lang key `lang_key`) a file group or others can read; `what` names
// it in the sentence ("The FHIR token file"). A missing file is fine here.
Status check_private_mode(const std::filesystem::path& path, const std::string& what, const char* lang_key);

// The file's text without trailing blanks, "" when there is no file; mode-checked unless it is
// a credential (systemd keeps those private).
Result<std::string> read_secret(const std::filesystem::path& path, bool check_mode, const std::string& what,
                                const char* lang_key);

}  // namespace intake::fhir
