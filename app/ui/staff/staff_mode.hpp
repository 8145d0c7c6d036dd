#pragma once
// Staff mode, entered from Welcome by pressing the clinic's name for 3 seconds, then
// a PIN. It owns its own store connection (a Store is one connection per thread; the
// submission service owns another), opened when staff mode opens and closed when it closes.
// Leaving staff mode (Close, or staff_idle_seconds without a touch) wipes everything the staff
// screens held, so nothing of any patient is left for patient mode.
//
// KioskUi holds one StaffMode: it calls watch_welcome_press() while Welcome shows, and when
// active() it draws only draw() (no patient screen, keyboard or time-out underneath).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "common/clock.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "staff/export_destinations.hpp"
#include "ui/texture_source.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

struct StaffModeOptions {
  std::filesystem::path data_dir;         // the store's directory; empty: staff mode says it has none
  std::filesystem::path credentials_dir;  // systemd credentials (store, audit, signing keys), or empty
  double idle_seconds = 120.0;            // KioskSettings::staff_idle_seconds
  double press_seconds = 3.0;             // how long the clinic's name must be pressed
  TextureSource textures;                 // the host's pictures on screen (the record's PDF pages)
  staff::ExportSearch export_search;      // where plugged-in sticks and shares are found
};

struct StaffState;

class StaffMode {
 public:
  // catalog and fonts_dir are the kiosk's (record view and the review's PDF need them).
  StaffMode(StaffModeOptions options, Clock clock, std::shared_ptr<const forms::FormCatalog> catalog,
            std::filesystem::path fonts_dir);
  ~StaffMode();
  StaffMode(const StaffMode&) = delete;
  StaffMode& operator=(const StaffMode&) = delete;

  bool active() const;
  // Call on Welcome after the clinic's name was drawn (its text is found in the probe): a
  // finger held on it for press_seconds opens the PIN pad.
  void watch_welcome_press(UiFrame& frame, const std::string& clinic_name);
  // Opens the sign-in at once (the front-desk screen's staff button).
  void open(double now);
  // What staff should know about the kiosk itself (a check-in that could not be saved and why,
  // broken form files): shown on the queue after sign-in, never on a patient screen.
  void set_kiosk_problems(std::vector<std::string> problems) { kiosk_problems_ = std::move(problems); }
  // Draws the staff screen; logs off by itself after idle_seconds without a touch.
  void draw(UiFrame& frame);
  // Seconds until the idle log-off (for the host's sleep), or < 0 when not active.
  double seconds_until_idle(double now) const;
  // Wipes everything and returns to patient mode.
  void close();
  void set_idle_seconds(double seconds) { options_.idle_seconds = seconds; }
  // Settings an admin saved in this staff session, handed over once staff mode has closed (so
  // patient mode changes only on Welcome, never under a staff screen); nullopt otherwise.
  std::optional<KioskSettings> take_saved_settings();

 private:
  StaffModeOptions options_;
  Clock clock_;  // the kiosk's: staff mode's day and its store connection's times
  std::shared_ptr<const forms::FormCatalog> catalog_;
  std::filesystem::path fonts_dir_;
  std::unique_ptr<StaffState> state_;
  double press_started_ = -1.0;
  std::vector<std::string> kiosk_problems_;
  std::optional<KioskSettings> saved_settings_;  // the last save, until KioskUi takes it
};

}  // namespace intake::ui
