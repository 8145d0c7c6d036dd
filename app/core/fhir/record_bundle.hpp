#pragma once
// One stored record as ONE FHIR R4 transaction Bundle, every entry a conditional create
// (request.ifNoneExist on an identifier derived from the record id), so sending it again, or
// after a review, creates nothing twice:
//
//   Patient            identifier <base>/record-id | R-...      (the kiosk does not match
//                      patients across visits; the EHR links them)
//   RelatedPerson      the guardian, for a minor                 identifier R-...-guardian
//   Practitioner       each reviewer                             identifier <base>/staff-id | n
//   DocumentReference  each stored PDF version: base64 bytes, contentType, size, SHA-1 hash
//                      (Attachment.hash), our SHA-256 as identifier <base>/pdf-sha256; a
//                      review version "appends" the one before it
//   QuestionnaireResponse  linkIds = the form's page and question ids, typed answers,
//                      questionnaire = <base>/Questionnaire/<form>|<version>
//   Consent            active, scope treatment, LOINC 59284-0, the patient (and guardian) as
//                      performer, policy = form / version / language / consent text SHA-256,
//                      sourceReference = the patient-signed DocumentReference; photo consent
//                      as a nested permit or deny provision
//   Flag               one per flag: code <base>/CodeSystem/flag, the staff message as text,
//                      severity as flag-priority (stop PH, review PM, note PL) plus the exact
//                      word in <base>/StructureDefinition/flag-severity, period start = the
//                      check-in; the answers that raised it: the standard flag-detail extension
//                      references the QuestionnaireResponse and one
//                      <base>/StructureDefinition/flag-question extension per item linkId
//   Provenance         the patient's signature, and one per review (who, when, what was
//                      signed); R4 Provenance has no identifier, so its conditional create
//                      matches a meta.tag <base>/provenance | R-...-signature / -review-N
//
// Entries reference each other by stable urn:uuid fullUrls (fhir_encoding.hpp).
#include <vector>

#include <nlohmann/json.hpp>

#include "fhir/fhir_options.hpp"
#include "forms/form.hpp"
#include "store/record_read.hpp"
#include "store/record_types.hpp"

namespace intake::fhir {

// `pdfs` are the record's PDF versions (any order); `form` may be null when the record's form
// is no longer loaded (answers are then typed from their JSON, see fhir_answers.hpp).
nlohmann::json record_bundle(const store::Record& record, const std::vector<store::PdfFile>& pdfs,
                             const forms::Form* form, const FhirOptions& options);

}  // namespace intake::fhir
