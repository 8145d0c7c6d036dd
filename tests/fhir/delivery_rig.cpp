#include "delivery_rig.hpp"

#include <curl/curl.h>
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <thread>

#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "store/record_read.hpp"

namespace intake::fhir::test {

using nlohmann::json;
using submission::test::quoted;
using submission::test::run_shell;

std::string http_get(const std::string& url, const std::string& token, const ClientTls* tls) {
  std::string body;
  CURL* curl = curl_easy_init();
  REQUIRE(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_slist* headers = nullptr;
  if (!token.empty()) {
    headers = curl_slist_append(headers, ("Authorization: Bearer " + token).c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  }
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  if (tls) {
    curl_easy_setopt(curl, CURLOPT_CAINFO, tls->ca_certificate.c_str());
    curl_easy_setopt(curl, CURLOPT_SSLCERT, tls->certificate.c_str());
    curl_easy_setopt(curl, CURLOPT_SSLKEY, tls->key.c_str());
  }
  curl_easy_setopt(
      curl, CURLOPT_WRITEFUNCTION, +[](char* data, std::size_t size, std::size_t n, void* user) {
        static_cast<std::string*>(user)->append(data, size * n);
        return size * n;
      });
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  const CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  curl_slist_free_all(headers);
  REQUIRE(rc == CURLE_OK);
  return body;
}

namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_')
      out.push_back(c);
    else {
      static const char* kHex = "0123456789ABCDEF";
      out += '%';
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
      out += kHex[static_cast<unsigned char>(c) & 0xf];
    }
  }
  return out;
}

std::string identifier_value(const json& resource, const std::string& system) {
  const json identifiers = resource.contains("identifier") ? resource["identifier"] : json::array();
  for (const json& identifier : identifiers.is_array() ? identifiers : json::array({identifiers}))
    if (identifier.value("system", "") == system) return identifier.value("value", "");
  return "";
}

}  // namespace

Rig::Rig(int records) : store(submission::test::open_store_or_fail(data)) { add_records(records); }

void Rig::add_records(int records) {
  for (int n = 0; n < records; ++n) {
    const int i = static_cast<int>(ids.size());
    const std::string family = "Tester" + std::string(1, static_cast<char>('A' + i % 26)) + std::to_string(i);
    ids.push_back(submit(store, i % 3 == 0   ? heavily_flagged_session("Noor", family)
                                : i % 3 == 1 ? minor_with_guardian_session("Iker", family)
                                             : adult_session("Ana", family)));
  }
}

void Rig::start_server(int port, const std::string& token, const std::vector<std::string>& extra) {
  std::vector<std::string> argv = {node_binary(), (tools_dir() / "server.js").string(),
                                   "--journal",   journal.string(),
                                   "--port",      std::to_string(port)};
  if (!token.empty()) argv.insert(argv.end(), {"--token", token});
  argv.insert(argv.end(), extra.begin(), extra.end());
  server_token = token;
  server.reset();
  server = std::make_unique<NodeService>(argv);
}

void Rig::start_proxy(std::vector<std::string> faults, int port) {
  std::vector<std::string> argv = {node_binary(), (tools_dir() / "proxy.js").string(),
                                   "--upstream",  std::to_string(server->port),
                                   "--port",      std::to_string(port)};
  argv.insert(argv.end(), faults.begin(), faults.end());
  proxy.reset();  // SIGKILLed and reaped: its port is free again
  proxy = std::make_unique<NodeService>(argv);
}

std::string Rig::url(int port) const {
  return (tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port) + "/fhir/R4";
}

std::vector<std::string> Rig::kiosk_argv(const std::vector<std::string>& args) const {
  std::vector<std::string> argv = {INTAKE_KIOSK_BINARY, "--data-dir", data.string(), "--forms-dir",
                                   INTAKE_SOURCE_FORMS_DIR};
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

submission::test::Shell Rig::kiosk(const std::string& args) const {
  return run_shell(quoted(std::filesystem::path(INTAKE_KIOSK_BINARY)) + " --data-dir " + quoted(data) +
                   " --forms-dir " + quoted(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR)) + " " + args);
}

std::unique_ptr<ChildProcess> Rig::start_kiosk_app(const std::string& display) const {
  // env(1) execs the kiosk in place: the pid the test kills is the kiosk's own.
  std::vector<std::string> argv = {"env", "DISPLAY=" + display};
  for (std::string& arg : kiosk_argv({})) argv.push_back(std::move(arg));
  return std::make_unique<ChildProcess>(argv);
}

void Rig::configure(int port, const std::string& extra) {
  auto shell = kiosk("fhir configure --server " + url(port) + " " + extra);
  INFO(shell.err);
  REQUIRE(shell.exit_code == 0);
}

store::OutboxStatus Rig::status() {
  auto status = store::fhir_outbox_status(store);
  INFO((status ? std::string() : status.error().message));
  REQUIRE(status);
  return *status;
}

bool Rig::wait_until(const std::function<bool(const store::OutboxStatus&)>& done,
                     std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done(status())) return true;
    // The outbox lives in another process's store: there is nothing to poll but the rows.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done(status());
}

void Rig::send_until_done(int max_runs) {
  for (int run = 0; run < max_runs && status().waiting > 0; ++run) kiosk("fhir send");
  CHECK(status().waiting == 0);
}

std::map<std::string, std::vector<json>> Rig::created() const {
  std::map<std::string, std::vector<json>> out;
  std::ifstream in(journal);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) {
      json resource = json::parse(line);
      out[resource["resourceType"]].push_back(std::move(resource));
    }
  return out;
}

ExactlyOnceCount Rig::check_exactly_once(int server_port) {
  ExactlyOnceCount count;
  auto all = created();
  std::map<std::string, int> patients, responses, consents, documents, provenances, flags, guardians;
  for (const auto& [type, resources] : all) count.resources += resources.size();
  for (const json& r : all["Patient"]) ++patients[identifier_value(r, options.record_id_system())];
  for (const json& r : all["QuestionnaireResponse"])
    ++responses[identifier_value(r, options.record_id_system())];
  for (const json& r : all["Consent"]) ++consents[identifier_value(r, options.record_id_system())];
  for (const json& r : all["Flag"]) ++flags[identifier_value(r, options.record_id_system())];
  for (const json& r : all["RelatedPerson"]) ++guardians[identifier_value(r, options.record_id_system())];
  std::map<std::string, std::string> document_data;
  for (const json& r : all["DocumentReference"]) {
    const std::string sha = identifier_value(r, options.pdf_sha256_system());
    ++documents[sha];
    document_data[sha] = r["content"][0]["attachment"]["data"];
  }
  for (const json& r : all["Provenance"]) ++provenances[r["meta"]["tag"][0]["code"].get<std::string>()];
  // Each resource a record calls for: there exactly once (counted, and CHECKed by the caller's
  // figures and here).
  auto once = [&](std::map<std::string, int>& found, const std::string& key) {
    const int n = found[key];
    ++count.expected;
    if (n == 0) ++count.missing;
    if (n > 1) count.duplicates += static_cast<std::size_t>(n - 1);
    return n;
  };
  CHECK(patients.size() == ids.size());
  CHECK(all["Patient"].size() == ids.size());
  for (const std::string& id : ids) {
    INFO(id);
    CHECK(once(patients, id) == 1);
    CHECK(once(responses, id) == 1);
    CHECK(once(consents, id + "-consent") == 1);
    CHECK(once(provenances, id + "-signature") == 1);
    auto record = store::view_record(store, id, "test");
    REQUIRE(record);
    for (const auto& flag : record->flags) CHECK(once(flags, id + "-flag-" + flag.code) == 1);
    if (record->guardian) CHECK(once(guardians, id + "-guardian") == 1);
    for (std::size_t i = 0; i < record->reviews.size(); ++i)
      CHECK(once(provenances, id + "-review-" + std::to_string(i + 1)) == 1);
    for (const auto& info : record->pdfs) {
      CHECK(once(documents, info.sha256) == 1);
      auto pdf = store::read_record_pdf(store, id, info.version, store::PdfAccess::view, "test");
      REQUIRE(pdf);
      const auto file = tmp / "stored.pdf";
      std::ofstream(file, std::ios::binary)
          .write(reinterpret_cast<const char*>(pdf->bytes.data()),
                 static_cast<std::streamsize>(pdf->bytes.size()));
      // coreutils' base64 of the stored bytes is what the server holds: byte for byte.
      const auto encoded = run_shell("base64 -w0 " + quoted(file));
      ++count.pdfs_checked;
      if (encoded.out != document_data[info.sha256]) ++count.pdf_mismatches;
      CHECK(encoded.out == document_data[info.sha256]);
    }
    store::secure_wipe(*record);
  }
  // The server's own FHIR search agrees (first, last and middle record).
  for (const std::string& id : {ids.front(), ids[ids.size() / 2], ids.back()}) {
    const json found = json::parse(
        http_get(url(server_port) + "/Patient?identifier=" + escaped(options.record_id_system() + "|" + id),
                 server_token, tls ? &*tls : nullptr));
    CHECK(found["entry"].size() == 1);
  }
  return count;
}

}  // namespace intake::fhir::test
