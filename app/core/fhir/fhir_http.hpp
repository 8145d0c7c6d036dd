#pragma once
// One HTTP POST of a FHIR transaction Bundle to the server's base URL, through libcurl.
#include <stop_token>
#include <string>

#include "fhir/fhir_server.hpp"

namespace intake::fhir {

struct HttpAnswer {
  long status = 0;  // 0 when no answer arrived
  std::string body;
  std::string failure;  // curl's reason when there was no answer ("Connection refused")
};

// A stop request (the kiosk shutting down) abandons the transfer within about a second
// instead of waiting out the server's time-out; it then counts as no answer.
HttpAnswer post_bundle(const ServerConfig& config, const std::string& body, std::stop_token stop = {});

}  // namespace intake::fhir
