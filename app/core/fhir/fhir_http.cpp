#include "fhir/fhir_http.hpp"

#include <curl/curl.h>

#include <memory>

namespace intake::fhir {

namespace {

// A transaction-response echoes every resource (PDFs included); 256 MiB is far above any record.
constexpr std::size_t kMaxAnswerBytes = std::size_t{256} << 20;

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  if (body->size() + size * count > kMaxAnswerBytes) return 0;
  body->append(data, size * count);
  return size * count;
}

int abandon_when_stopped(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  return static_cast<const std::stop_token*>(user)->stop_requested() ? 1 : 0;
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct HeadersDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

HttpAnswer post_bundle(const ServerConfig& config, const std::string& body, std::stop_token stop) {
  HttpAnswer answer;
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) {
    answer.failure = "libcurl could not start";
    return answer;
  }
  curl_slist* raw = nullptr;
  raw = curl_slist_append(raw, "Content-Type: application/fhir+json");
  raw = curl_slist_append(raw, "Accept: application/fhir+json");
  raw = curl_slist_append(raw, "Expect:");
  std::string authorization;
  if (!config.bearer_token.empty()) {
    authorization = "Authorization: Bearer " + config.bearer_token;
    raw = curl_slist_append(raw, authorization.c_str());
  }
  std::unique_ptr<curl_slist, HeadersDeleter> headers(raw);
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, config.base_url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, std::min(config.timeout_seconds, 10L));
  curl_easy_setopt(c, CURLOPT_TIMEOUT, config.timeout_seconds);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer.body);
  if (stop.stop_possible()) {
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, abandon_when_stopped);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &stop);
  }
  if (!config.client_certificate.empty()) {
    curl_easy_setopt(c, CURLOPT_SSLCERT, config.client_certificate.c_str());
    curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
    curl_easy_setopt(c, CURLOPT_SSLKEY, config.client_key.c_str());
    curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
  }
  if (!config.server_ca.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, config.server_ca.c_str());
  const CURLcode result = curl_easy_perform(c);
  for (char& ch : authorization) ch = '\0';
  if (result != CURLE_OK) {
    answer.failure = curl_easy_strerror(result);
    answer.body.clear();
    return answer;
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &answer.status);
  return answer;
}

}  // namespace intake::fhir
