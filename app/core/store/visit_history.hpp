#pragma once
// A person's visits: the store links check-ins that have the same date of birth and the same
// name once case, accents, apostrophes and spacing are set aside (name_search_key.hpp), so
// "José  García" on 2026-03-02 and "jose garcia" on 2026-04-06 are two visits of one person.
// Staff see this as "matched by name and date of birth"; an admin who finds a wrong match
// unlinks that check-in (audited), after which it stands alone: no other check-in lists it and
// it lists none.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "store/record_types.hpp"
#include "store/store.hpp"

namespace intake::store {

// Review decisions that mean the treatment went ahead.
bool treatment_went_ahead(ReviewDecision decision);

struct EarlierVisit {
  std::string record_id;
  std::string visit_date;  // YYYY-MM-DD, the local date the patient signed
  std::string form_id;     // the treatment's form
  std::vector<std::pair<std::string, Severity>> flags;
  std::optional<ReviewDecision> decision;  // the latest review's; none while unreviewed
  std::string note;                        // that review's note
  std::string reaction;                    // what the patient reported at that visit about an earlier session
};

struct VisitHistory {
  int visit_number = 1;               // this check-in's place among the person's visits
  bool unlinked = false;              // an admin unlinked it: it stands alone
  std::vector<EarlierVisit> earlier;  // newest first
};

// The visits before `record_id` of the same person. Reads patient data, so it appends a
// "record.history" audit entry. kExitNotFound when there is no such record.
Result<VisitHistory> read_visit_history(Store& store, const std::string& record_id, const std::string& actor);

// The visit number of each listed record (1 for a first visit), for the staff queue. Reads
// names and dates of birth only, which the list already shows.
Result<std::vector<int>> visit_numbers(Store& store, const std::vector<RecordSummary>& records);

// The date of the most recent check-in of this person, before `visit_date`, whose latest
// review says the treatment went ahead; none when there is no such visit. The submission path
// passes it to the rules as last_treatment_date.
Result<std::optional<std::string>> last_treated_visit_date(Store& store, const PatientIdentity& patient,
                                                           const std::string& visit_date);

// Unlinks a wrongly matched check-in from its person's other visits. Admins only (the caller
// checks the role); audited as "record.unlink" with who did it. kExitNotFound for no record.
Status unlink_visit(Store& store, const std::string& record_id, const std::string& actor);

}  // namespace intake::store
