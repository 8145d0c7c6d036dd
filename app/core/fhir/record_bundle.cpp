#include "fhir/record_bundle.hpp"

#include <algorithm>
#include <map>

#include "fhir/fhir_answers.hpp"
#include "fhir/fhir_encoding.hpp"

namespace intake::fhir {

using nlohmann::json;

namespace {

constexpr const char* kLoinc = "http://loinc.org";
constexpr const char* kPatientConsentLoinc = "59284-0";
constexpr const char* kSignatureTypeSystem = "urn:iso-astm:E1762-95:2013";

// Builds the entries; each resource gets a stable fullUrl from the record id and its key.
struct BundleBuilder {
  const store::Record& record;
  const FhirOptions& options;
  json entries = json::array();

  std::string url(const std::string& key) const { return stable_urn_uuid(record.id + "/" + key); }
  json ref(const std::string& key) const { return {{"reference", url(key)}}; }
  json identifier(const std::string& value) const {
    return {{"system", options.record_id_system()}, {"value", value}};
  }
  std::string if_none_exist(const std::string& system, const std::string& value) const {
    return "identifier=" + system + "|" + value;
  }

  void add(const std::string& key, json resource, const std::string& condition) {
    const std::string type = resource["resourceType"];
    entries.push_back({{"fullUrl", url(key)},
                       {"resource", std::move(resource)},
                       {"request", {{"method", "POST"}, {"url", type}, {"ifNoneExist", condition}}}});
  }
  void add_by_record_identifier(const std::string& key, json resource, const std::string& value) {
    resource["identifier"] = json::array({identifier(value)});
    add(key, std::move(resource), if_none_exist(options.record_id_system(), value));
  }
};

json signature_type(const char* code, const char* display) {
  return {{"system", kSignatureTypeSystem}, {"code", code}, {"display", display}};
}

json patient_resource(const store::Record& record) {
  json patient = {{"resourceType", "Patient"},
                  {"active", true},
                  {"name", json::array({{{"use", "official"},
                                         {"family", record.patient.family_name},
                                         {"given", json::array({record.patient.given_name})}}})},
                  {"birthDate", record.patient.date_of_birth}};
  json telecom = json::array();
  if (!record.patient.phone.empty())
    telecom.push_back({{"system", "phone"}, {"value", record.patient.phone}});
  if (!record.patient.email.empty())
    telecom.push_back({{"system", "email"}, {"value", record.patient.email}});
  if (!telecom.empty()) patient["telecom"] = telecom;
  patient["communication"] = json::array(
      {{{"language", {{"coding", json::array({{{"system", "urn:ietf:bcp:47"}, {"code", record.language}}})}}},
        {"preferred", true}}});
  return patient;
}

std::string pdf_key(int version) { return "DocumentReference/" + std::to_string(version); }

json document_reference(const BundleBuilder& b, const store::PdfFile& pdf, const store::PdfVersionInfo* info,
                        int previous_version) {
  const bool original = pdf.kind == "patient_signed";
  json attachment = {
      {"contentType", "application/pdf"},
      {"data", base64(pdf.bytes)},
      {"size", pdf.bytes.size()},
      {"hash", sha1_base64(pdf.bytes)},
      {"title", original ? "Signed consent (version " + std::to_string(pdf.version) + ")"
                         : "Signed consent with review (version " + std::to_string(pdf.version) + ")"}};
  if (info) attachment["creation"] = info->created_at;
  json doc = {
      {"resourceType", "DocumentReference"},
      {"identifier", json::array({{{"system", b.options.pdf_sha256_system()}, {"value", pdf.sha256}},
                                  b.identifier(b.record.id + "-pdf-" + std::to_string(pdf.version))})},
      {"status", "current"},
      {"docStatus", "final"},
      {"type",
       {{"coding",
         json::array(
             {{{"system", kLoinc}, {"code", kPatientConsentLoinc}, {"display", "Patient Consent"}}})}}},
      {"subject", b.ref("Patient")},
      {"description", original ? "Consent and health questionnaire as the patient signed it"
                               : "The signed consent with a practitioner's review added"},
      {"content", json::array({{{"attachment", attachment}}})}};
  if (info) doc["date"] = info->created_at;
  if (previous_version > 0)
    doc["relatesTo"] = json::array({{{"code", "appends"}, {"target", b.ref(pdf_key(previous_version))}}});
  return doc;
}

json questionnaire_response(const BundleBuilder& b, const forms::Form* form) {
  const store::Record& record = b.record;
  const json answers = json::parse(record.answers_json);
  json items = json::array();
  auto item_for = [&](const std::string& id, const forms::Question* question) -> json {
    if (!answers.contains(id) || answers[id].is_null()) return nullptr;
    json item = {{"linkId", id}};
    if (question) item["text"] = forms::localized(question->text, record.language);
    json values = fhir_answers(b.options, record.form_id, id, question, answers[id], record.language);
    if (values.empty()) return nullptr;
    item["answer"] = values;
    return item;
  };
  std::vector<std::string> placed;
  if (form) {
    for (const forms::Page& page : form->pages) {
      json group_items = json::array();
      for (const std::string& id : page.question_ids) {
        json item = item_for(id, form->find_question(id));
        if (item.is_null()) continue;
        group_items.push_back(std::move(item));
        placed.push_back(id);
      }
      if (group_items.empty()) continue;
      items.push_back({{"linkId", page.id},
                       {"text", forms::localized(page.title, record.language)},
                       {"item", group_items}});
    }
  }
  // Answers the loaded form does not know (another form version) still travel, at top level.
  for (const auto& [id, value] : answers.items()) {
    if (std::find(placed.begin(), placed.end(), id) != placed.end()) continue;
    json item = item_for(id, nullptr);
    if (!item.is_null()) items.push_back(std::move(item));
  }
  json response = {{"resourceType", "QuestionnaireResponse"},
                   {"identifier", b.identifier(record.id)},
                   {"questionnaire", b.options.questionnaire_url(record.form_id) + "|" + record.form_version},
                   {"status", "completed"},
                   {"subject", b.ref("Patient")},
                   {"authored", record.signed_at},
                   {"author", b.ref("Patient")},
                   {"source", record.guardian ? b.ref("RelatedPerson") : b.ref("Patient")},
                   {"language", record.language}};
  if (!items.empty()) response["item"] = items;
  return response;
}

json consent_resource(const BundleBuilder& b) {
  const store::Record& record = b.record;
  json performers = json::array({b.ref("Patient")});
  if (record.guardian) performers.push_back(b.ref("RelatedPerson"));
  return {{"resourceType", "Consent"},
          {"status", "active"},
          {"scope",
           {{"coding", json::array({{{"system", "http://terminology.hl7.org/CodeSystem/consentscope"},
                                     {"code", "treatment"},
                                     {"display", "Treatment"}}})}}},
          {"category", json::array({{{"coding", json::array({{{"system", kLoinc},
                                                              {"code", kPatientConsentLoinc},
                                                              {"display", "Patient Consent"}}})}}})},
          {"patient", b.ref("Patient")},
          {"dateTime", record.signed_at},
          {"performer", performers},
          {"policy",
           json::array({{{"authority", b.options.system_base},
                         {"uri", b.options.consent_policy_uri(record.form_id, record.form_version,
                                                              record.language, record.consent_sha256)}}})},
          {"sourceReference", b.ref(pdf_key(1))},
          {"provision",
           {{"type", "permit"},
            {"period", {{"start", record.signed_at}}},
            {"provision",
             json::array(
                 {{{"type", record.photo_consent ? "permit" : "deny"},
                   {"purpose", json::array({{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActReason"},
                                             {"code", "TREAT"}}})},
                   {"code", json::array({{{"text", "Clinical photographs"}}})}}})}}}};
}

json flag_priority(intake::Severity severity) {
  const char* code = severity == intake::Severity::stop     ? "PH"
                     : severity == intake::Severity::review ? "PM"
                                                            : "PL";
  return {
      {"url", "http://hl7.org/fhir/StructureDefinition/flag-priority"},
      {"valueCodeableConcept",
       {{"coding", json::array({{{"system", "http://hl7.org/fhir/flag-priority-code"}, {"code", code}}})}}}};
}

json flag_resource(const BundleBuilder& b, const store::RecordFlag& flag) {
  json extensions = json::array({
      flag_priority(flag.severity),
      {{"url", b.options.extension("flag-severity")}, {"valueCode", to_string(flag.severity)}},
      {{"url", "http://hl7.org/fhir/StructureDefinition/flag-detail"},
       {"valueReference", b.ref("QuestionnaireResponse")}},
  });
  for (const std::string& question : flag.questions)
    extensions.push_back({{"url", b.options.extension("flag-question")}, {"valueString", question}});
  json code = {{"coding", json::array({{{"system", b.options.flag_code_system()}, {"code", flag.code}}})}};
  if (!flag.staff_message.empty()) code["text"] = flag.staff_message;
  return {{"resourceType", "Flag"},
          {"extension", extensions},
          {"status", "active"},
          {"category",
           json::array(
               {{{"coding", json::array({{{"system", "http://terminology.hl7.org/CodeSystem/flag-category"},
                                          {"code", "clinical"},
                                          {"display", "Clinical"}}})}}})},
          {"code", code},
          {"subject", b.ref("Patient")},
          {"period", {{"start", b.record.created_at}}}};
}

json tagged(json resource, const FhirOptions& options, const std::string& tag) {
  resource["meta"] = {{"tag", json::array({{{"system", options.provenance_tag_system()}, {"code", tag}}})}};
  return resource;
}

json signature_provenance(const BundleBuilder& b) {
  const store::Record& record = b.record;
  json agents = json::array(
      {{{"type",
         {{"coding",
           json::array({{{"system", "http://terminology.hl7.org/CodeSystem/provenance-participant-type"},
                         {"code", "author"}}})}}},
        {"who", b.ref("Patient")}}});
  json signatures =
      json::array({{{"type", json::array({signature_type("1.2.840.10065.1.12.1.7", "Consent Signature")})},
                    {"when", record.signed_at},
                    {"who", b.ref("Patient")},
                    {"targetFormat", "application/pdf"}}});
  if (record.guardian) {
    agents.push_back(
        {{"type",
          {{"coding",
            json::array({{{"system", "http://terminology.hl7.org/CodeSystem/provenance-participant-type"},
                          {"code", "attester"}}})}}},
         {"who", b.ref("RelatedPerson")},
         {"onBehalfOf", b.ref("Patient")}});
    signatures.push_back(
        {{"type", json::array({signature_type("1.2.840.10065.1.12.1.7", "Consent Signature")})},
         {"when", record.signed_at},
         {"who", b.ref("RelatedPerson")},
         {"onBehalfOf", b.ref("Patient")},
         {"targetFormat", "application/pdf"}});
  }
  json provenance = {
      {"resourceType", "Provenance"},
      {"target", json::array({b.ref(pdf_key(1)), b.ref("QuestionnaireResponse"), b.ref("Consent")})},
      {"occurredDateTime", record.signed_at},
      {"recorded", record.created_at},
      {"activity", {{"text", "Patient signed the consent and health questionnaire"}}},
      {"agent", agents},
      {"entity", json::array({{{"role", "source"}, {"what", b.ref(pdf_key(1))}}})},
      {"signature", signatures}};
  return tagged(std::move(provenance), b.options, record.id + "-signature");
}

std::string practitioner_key(const store::Review& review) {
  return "Practitioner/" + std::to_string(review.reviewer_id);
}

json practitioner_resource(const BundleBuilder& b, const store::Review& review) {
  return {{"resourceType", "Practitioner"},
          {"identifier", json::array({{{"system", b.options.staff_id_system()},
                                       {"value", std::to_string(review.reviewer_id)}}})},
          {"name", json::array({{{"text", review.reviewer_name}}})}};
}

json review_provenance(const BundleBuilder& b, const store::Review& review, std::size_t index) {
  json targets = json::array({b.ref(pdf_key(review.pdf_version)), b.ref("QuestionnaireResponse")});
  json extensions = json::array(
      {{{"url", b.options.extension("review-decision")}, {"valueCode", to_string(review.decision)}}});
  if (!review.note.empty())
    extensions.push_back({{"url", b.options.extension("review-note")}, {"valueString", review.note}});
  json provenance = {
      {"resourceType", "Provenance"},
      {"extension", extensions},
      {"target", targets},
      {"occurredDateTime", review.reviewed_at},
      {"recorded", review.created_at},
      {"activity", {{"text", std::string("Practitioner review: ") + to_string(review.decision)}}},
      {"agent",
       json::array(
           {{{"type",
              {{"coding",
                json::array({{{"system", "http://terminology.hl7.org/CodeSystem/provenance-participant-type"},
                              {"code", "verifier"}}})}}},
             {"who", b.ref(practitioner_key(review))}}})},
      {"signature",
       json::array(
           {{{"type", json::array({signature_type("1.2.840.10065.1.12.1.5", "Verification Signature")})},
             {"when", review.reviewed_at},
             {"who", b.ref(practitioner_key(review))},
             {"targetFormat", "application/pdf"}}})}};
  if (review.pdf_version > 1)
    provenance["entity"] =
        json::array({{{"role", "revision"}, {"what", b.ref(pdf_key(review.pdf_version - 1))}}});
  return tagged(std::move(provenance), b.options, b.record.id + "-review-" + std::to_string(index + 1));
}

}  // namespace

json record_bundle(const store::Record& record, const std::vector<store::PdfFile>& pdfs,
                   const forms::Form* form, const FhirOptions& options) {
  if (form && form->id != record.form_id) form = nullptr;
  BundleBuilder b{record, options};

  b.add_by_record_identifier("Patient", patient_resource(record), record.id);
  if (record.guardian) {
    json related = {{"resourceType", "RelatedPerson"},
                    {"patient", b.ref("Patient")},
                    {"relationship", json::array({{{"text", record.guardian->relationship}}})},
                    {"name", json::array({{{"text", record.guardian->name}}})}};
    b.add_by_record_identifier("RelatedPerson", std::move(related), record.id + "-guardian");
  }
  std::vector<std::int64_t> reviewers;
  for (const store::Review& review : record.reviews) {
    if (std::find(reviewers.begin(), reviewers.end(), review.reviewer_id) != reviewers.end()) continue;
    reviewers.push_back(review.reviewer_id);
    b.add(practitioner_key(review), practitioner_resource(b, review),
          b.if_none_exist(options.staff_id_system(), std::to_string(review.reviewer_id)));
  }

  std::vector<const store::PdfFile*> sorted;
  for (const store::PdfFile& pdf : pdfs) sorted.push_back(&pdf);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* c) { return a->version < c->version; });
  int previous = 0;
  for (const store::PdfFile* pdf : sorted) {
    const store::PdfVersionInfo* info = nullptr;
    for (const auto& candidate : record.pdfs)
      if (candidate.version == pdf->version) info = &candidate;
    b.add(pdf_key(pdf->version), document_reference(b, *pdf, info, previous),
          b.if_none_exist(options.pdf_sha256_system(), pdf->sha256));
    previous = pdf->version;
  }

  // QuestionnaireResponse.identifier is a single Identifier in R4, not a list.
  b.add("QuestionnaireResponse", questionnaire_response(b, form),
        b.if_none_exist(options.record_id_system(), record.id));

  b.add_by_record_identifier("Consent", consent_resource(b), record.id + "-consent");
  for (const store::RecordFlag& flag : record.flags)
    b.add_by_record_identifier("Flag/" + flag.code, flag_resource(b, flag), record.id + "-flag-" + flag.code);

  const std::string tag_system = options.provenance_tag_system();
  b.add("Provenance/signature", signature_provenance(b),
        "_tag=" + tag_system + "|" + record.id + "-signature");
  for (std::size_t i = 0; i < record.reviews.size(); ++i) {
    const std::string tag = record.id + "-review-" + std::to_string(i + 1);
    b.add("Provenance/review-" + std::to_string(i + 1), review_provenance(b, record.reviews[i], i),
          "_tag=" + tag_system + "|" + tag);
  }
  return {{"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", std::move(b.entries)}};
}

}  // namespace intake::fhir
