#pragma once
// The patient's journey, one screen per file (screens/<name>_screen.hpp): each draws its
// content inside the ScreenWindow and moves the journey on (go_to_step) when the patient taps
// through. A screen's own state, when it keeps any, is declared in its header and held in
// PatientJourney::screens.
#include "ui/journey_context.hpp"
#include "ui/screens/about_you_screen.hpp"
#include "ui/screens/before_consent_screen.hpp"
#include "ui/screens/consent_screen.hpp"
#include "ui/screens/front_desk_screen.hpp"
#include "ui/screens/guardian_screen.hpp"
#include "ui/screens/need_help_screen.hpp"
#include "ui/screens/questions_screen.hpp"
#include "ui/screens/review_screen.hpp"
#include "ui/screens/signature_screen.hpp"
#include "ui/screens/still_there_screen.hpp"
#include "ui/screens/submitting_screen.hpp"
#include "ui/screens/thank_you_screen.hpp"
