#pragma once
// The clinic's name until an admin sets one (settings, the Welcome screen, PDFs).
namespace intake {

inline constexpr const char* kDefaultClinicName = "Our Clinic";

}  // namespace intake
