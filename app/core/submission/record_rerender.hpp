#pragma once
// The signed PDF's input rebuilt from a stored record, for staff mode: render_reviewed_pdf()
// (a practitioner's review as a new PDF version) and re-export need the ConsentPdfInput the
// record was signed with. It goes through the same checks, evaluation and builder as
// submit_session, so render_consent_pdf(rebuild_consent_pdf_input(record)) reproduces the
// archived PDF byte for byte (tested) as long as the same form version is loaded.
#include "common/result.hpp"
#include "forms/form_catalog.hpp"
#include "pdf/consent_pdf_input.hpp"
#include "store/record_types.hpp"

namespace intake::submission {

// Errors: kExitUnknownForm when the record's form id and version are not loaded (a newer form
// version must not silently change what an old record shows), kExitSessionMalformed when the
// stored JSON is not what submit_session wrote, or any refusal check_session would give.
// The result holds patient data: wipe_pdf_input() it when done.
Result<pdf::ConsentPdfInput> rebuild_consent_pdf_input(const store::Record& record,
                                                       const forms::FormCatalog& catalog);

}  // namespace intake::submission
