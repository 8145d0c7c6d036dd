#pragma once
// Shared by the submission tests and benchmark: complete patient sessions as the session
// JSON (built here so each test states only what it changes), the shipped forms and fonts
// from the source tree, a temporary data directory, and the real tools (pdftotext, sqlite3).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/calendar_date.hpp"
#include "forms/form_catalog.hpp"
#include "pdf/consent_pdf.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "test_clock.hpp"

namespace intake::submission::test {

// The visit date every test submits on, so ages and date rules do not drift with the calendar.
inline const CalendarDate kVisitDate{2026, 11, 21};

// A hand-written-looking signature: a wave across most of the pad plus a crossing stroke.
nlohmann::json signature_json(double width = 900, double height = 300);

// A complete, valid micro-needling session in `language` ("en" or "es") for an adult born
// 1990-05-10; every required answer "no" except the treatment areas. Edit it per test.
nlohmann::json complete_session(const std::string& language, const std::string& given_name,
                                const std::string& family_name);

// A complete session for a patient who is 16 on kVisitDate, with guardian and guardian signature.
nlohmann::json minor_session(const std::string& given_name, const std::string& family_name);

// The shipped forms (INTAKE_SOURCE_FORMS_DIR), loaded once per process.
const forms::FormCatalog& shipped_forms();
pdf::PdfFonts source_fonts();

// mkdtemp under $TMPDIR (or /tmp); removed with everything in it at the end. The functions
// above and TempDir work outside a Catch2 test too (the benchmark uses them); the rest REQUIRE.
using TempDir = intake::test::TempDir;  // tests/support/temp_dir.hpp

store::Store open_store_or_fail(const std::filesystem::path& data_dir,
                                const Clock& clock = intake::test::real_clock());
std::int64_t record_count(store::Store& store);

struct Shell {
  int exit_code = -1;
  std::string out;  // stdout and stderr together unless split
  std::string err;
};
// Runs `command` with /bin/sh; stderr is captured separately.
Shell run_shell(const std::string& command);
std::string quoted(const std::filesystem::path& path);
// The start of a shell command that runs the real intake-kiosk on `data` with the source forms
// and fonts and no systemd credentials; `environment` ("NAME=value ...") is set for it alone.
// Append the command and its arguments.
std::string kiosk_command(const std::filesystem::path& data, const std::string& environment = "");

// pdftotext of the bytes (written to `dir`), with every run of white space made one space so
// phrases survive line wrapping.
std::string pdf_text_flat(const std::vector<std::uint8_t>& pdf, const std::filesystem::path& dir);

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);

}  // namespace intake::submission::test
