// libFuzzer target: session JSON as `intake-kiosk submit` reads it (size and nesting limits,
// duplicate keys, every field's type and text checks) against the shipped forms, then the
// identity checks on whatever parsed. A refusal must always come with a message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/calendar_date.hpp"
#include "forms/form_catalog.hpp"
#include "session/identity_check.hpp"
#include "submission/session_json.hpp"

namespace {
const intake::forms::FormCatalog* catalog = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const intake::forms::FormCatalog shipped = intake::forms::load_form_catalog(INTAKE_FUZZ_FORMS_DIR);
  catalog = &shipped;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto session = intake::submission::session_from_json_text(*catalog, text);
  if (!session) {
    if (session.error().message.empty()) __builtin_trap();  // refused without a reason
    return 0;
  }
  (void)intake::check_patient_identity(session->patient, intake::CalendarDate{2026, 11, 21});
  session->wipe();
  return 0;
}
