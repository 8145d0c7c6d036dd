#pragma once
// One HTTP POST of a FHIR transaction Bundle to the server's base URL, through libcurl.
#include <string>

#include "fhir/fhir_server.hpp"

namespace intake::fhir {

struct HttpAnswer {
  long status = 0;        // 0 when no answer arrived
  std::string body;
  std::string failure;    // curl's reason when there was no answer ("Connection refused")
};

HttpAnswer post_bundle(const ServerConfig& config, const std::string& body);

}  // namespace intake::fhir
