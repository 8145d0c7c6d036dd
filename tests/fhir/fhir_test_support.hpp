#pragma once
// Shared by the FHIR tests: records made through the real submission path (adult, minor with a
// guardian, heavily flagged, reviewed), and the Node tools of tests/fhir/validators (the two
// validators, the Medplum FHIR server and the fault-injecting proxy).
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.hpp"

namespace intake::fhir::test {

// Sessions as submission_test_support builds them, varied per kind of record.
nlohmann::json adult_session(const std::string& given, const std::string& family);
nlohmann::json minor_with_guardian_session(const std::string& given, const std::string& family);
nlohmann::json heavily_flagged_session(const std::string& given, const std::string& family);

// Submits through submission::submit_session; returns the record id.
std::string submit(store::Store& store, const nlohmann::json& session);
// Adds a practitioner (once) and records a review through staff::record_review.
void review(store::Store& store, const std::string& record_id, const std::string& note);

// tests/fhir/validators, with its node_modules (npm ci from deploy/install-deps).
std::filesystem::path tools_dir();
std::string node_binary();

struct Validation {
  int exit_code = -1;
  nlohmann::json report;  // {"validated": {type: count}, "problems": [...]}
  std::string output;
};
Validation validate_files(const std::vector<std::filesystem::path>& files);

}  // namespace intake::fhir::test
