#pragma once
// Steps of a patient's check-in, done the way a patient does them: by tapping what is on
// screen (and typing through the focused field). Used by the journey tests.
#include <string>

#include "headless_kiosk.hpp"

namespace intake::testing {

struct PatientDetails {
  std::string given_name = "Ana";
  std::string family_name = "Díaz";
  std::string day = "10", month = "5", year = "1990";
  std::string phone = "+1 555 0100";
  std::string email;
};

// The screen's scrolling page: the tallest scroll view on screen (nullptr: none).
const ui::ProbeScroll* main_scroll_view(HeadlessKiosk& kiosk);
// Drags the screen's scrolling content with a finger, inside the page's scroll view; positive
// distances move it up.
void drag_content(HeadlessKiosk& kiosk, float distance);
// Brings a widget into view by dragging the content with a finger; false if it never shows.
bool reveal(HeadlessKiosk& kiosk, const std::string& label_or_path);
// reveal() then tap(); false when the widget is not there or not enabled.
bool reveal_and_tap(HeadlessKiosk& kiosk, const std::string& label_or_path);

// Taps Done until the on-screen keyboard has gone.
void close_keyboard(HeadlessKiosk& kiosk);
void tap_field_and_type(HeadlessKiosk& kiosk, const std::string& field_path, const std::string& text);
void fill_about_you(HeadlessKiosk& kiosk, const PatientDetails& details);
// From Welcome: Start, then the details (Ana Díaz's by default): on the first questionnaire page
// (or the guardian's, for a minor).
void start_and_fill_about_you(HeadlessKiosk& kiosk, const PatientDetails& details = {});
// Answers every visible yes/no question on the page with No, picks the exclusive "none" of
// multi-choice questions, and "face" for the treatment areas. Then taps Next.
void answer_page_with_no(HeadlessKiosk& kiosk);
// From the first questionnaire page to the consent (through "before consent" when it shows).
void answer_questionnaire_with_no(HeadlessKiosk& kiosk);
// Scrolls the consent to the end by dragging, initials every section, answers the photo
// question, and taps "I have read this".
void read_and_initial_consent(HeadlessKiosk& kiosk, bool photos = false);
void continue_from_review(HeadlessKiosk& kiosk);  // the review screen's Continue, on to the signature
// From the first questionnaire page to Submit: every answer No, the consent read and initialled
// (photos or not), the review's Continue, a signature, and the signature screen's Next.
void answer_consent_and_sign(HeadlessKiosk& kiosk, bool photos);
// Draws a signature-like zig-zag across the pad (several pointer events per frame).
void sign_on_pad(HeadlessKiosk& kiosk);

}  // namespace intake::testing
