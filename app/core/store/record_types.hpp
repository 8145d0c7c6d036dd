#pragma once
// What a record is, as plain structs: NewRecord goes in (insert_submitted_record), Record and
// RecordSummary come out (record_read.hpp). JSON-valued fields are JSON text the store keeps
// exactly as given; the store only checks that they parse.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/patient_identity.hpp"
#include "common/review_decision.hpp"
#include "common/secure_memory.hpp"
#include "common/severity.hpp"

namespace intake::store {

struct RecordFlag {
  std::string code;  // e.g. "pregnancy" (microneedling.md)
  Severity severity = Severity::note;
  std::string staff_message;           // why it matters, for staff
  std::vector<std::string> questions;  // question ids that triggered it
};

// Everything the one submission path stores. The PDF is rendered before the insert, and it
// prints the record id and creation time: take both from new_record_identity() first.
struct NewRecord {
  std::string id;          // from new_record_identity(); "" lets the store pick one
  std::string created_at;  // UTC "YYYY-MM-DDTHH:MM:SS.mmmZ"; "" = now (required with id)
  std::string signed_at;   // local time with offset as printed, "2026-11-21T13:36:43+01:00"
  std::string form_id;
  std::string form_version;
  std::string consent_sha256;  // 64 hex: SHA-256 of the consent text shown
  std::string language;        // "en", "es"...
  PatientIdentity patient;
  std::optional<GuardianIdentity> guardian;
  std::string answers_json;  // JSON object: question id -> answer (shown questions only)
  std::vector<RecordFlag> flags;
  std::string consent_json;  // JSON object: accepted, initials per section with times...
  bool photo_consent = false;
  std::string signature_json;           // JSON: {"width":..,"height":..,"strokes":[[[x,y,t],..],..]}
  std::string guardian_signature_json;  // same shape; "" when there is no guardian
  std::vector<std::uint8_t> pdf;        // the patient-signed PDF: becomes version 1
  std::string actor;                    // who submitted, for the audit entry: "kiosk", "cli:ana"...
};

enum class RecordStatus { submitted, reviewed };
const char* to_string(RecordStatus status);  // "submitted", "reviewed"

struct PdfVersionInfo {
  int version = 0;     // 1 = patient-signed original
  std::string kind;    // "patient_signed" or "review"
  std::string sha256;  // hex, as stored
  std::int64_t size = 0;
  std::string created_at;
};

struct Review {
  std::int64_t id = 0;
  std::string record_id;
  int pdf_version = 0;  // the PDF version this review produced
  ReviewDecision decision = ReviewDecision::cleared;
  std::string note;
  std::int64_t reviewer_id = 0;
  std::string reviewer_name;
  std::string countersignature_json;
  std::string reviewed_at;          // local time with offset, as printed
  std::string created_at;           // UTC
  std::string reasons_json = "[]";  // [{"code", "reason"}] for each cleared STOP/REVIEW flag
};

// One row of a list: enough for the queue and `records list`, no answers, no PDF.
struct RecordSummary {
  std::string id;
  std::string created_at;
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;
  std::string form_id;
  RecordStatus status = RecordStatus::submitted;
  int flag_level = 0;                                   // 0 none, else the highest Severity
  std::vector<std::pair<std::string, Severity>> flags;  // (code, severity), stop first
  std::optional<ReviewDecision> decision;               // the latest review's, once reviewed
};

struct Record {
  std::string id;
  std::string created_at;
  std::string signed_at;
  std::string form_id;
  std::string form_version;
  std::string consent_sha256;
  std::string language;
  PatientIdentity patient;
  std::optional<GuardianIdentity> guardian;
  std::string answers_json;
  std::vector<RecordFlag> flags;
  std::string consent_json;
  bool photo_consent = false;
  std::string signature_json;
  std::string guardian_signature_json;
  RecordStatus status = RecordStatus::submitted;
  std::vector<PdfVersionInfo> pdfs;  // ascending version
  std::vector<Review> reviews;       // oldest first
};

// Zero patient data held in memory once a screen or command is done with it.
// (intake::secure_wipe for strings and buffers stays visible next to these overloads.)
using intake::secure_wipe;
void secure_wipe(NewRecord& record);
void secure_wipe(Record& record);

}  // namespace intake::store
