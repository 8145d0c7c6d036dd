#pragma once
// The staff screens, one per file (<name>_screen.hpp declares the screen and its state): free
// functions over StaffState, each drawing into the staff window. StaffMode dispatches on
// StaffState::screen.
#include <imgui.h>

#include "ui/staff/add_staff_screen.hpp"
#include "ui/staff/admin_widgets.hpp"
#include "ui/staff/days_screen.hpp"
#include "ui/staff/export_screen.hpp"
#include "ui/staff/first_admin_screen.hpp"
#include "ui/staff/queue_screen.hpp"
#include "ui/staff/record_screen.hpp"
#include "ui/staff/reset_pin_screen.hpp"
#include "ui/staff/settings_screen.hpp"
#include "ui/staff/sign_in_screen.hpp"
#include "ui/staff/staff_accounts_screen.hpp"
#include "ui/staff/staff_action.hpp"
#include "ui/staff/staff_state.hpp"
#include "ui/staff/visit_history_panel.hpp"
#include "ui/ui_frame.hpp"
