// Delivery to a real FHIR server (@medplum/fhir-router over its MemoryRepository, journaled to
// disk so it can be killed and started again), through the real binary's `fhir send`: the
// server killed mid-delivery, the kiosk SIGKILLed while the server's answer is on its way,
// 500s, lost answers and time-outs. Afterwards every record is on the server exactly once,
// with every PDF byte for byte. Everything listens on 127.0.0.1 only.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <curl/curl.h>
#include <sys/stat.h>

#include <fstream>
#include <map>

#include "child_process.hpp"
#include "fhir/fhir_options.hpp"
#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "store/fhir_outbox.hpp"
#include "store/record_read.hpp"
#include "store/settings.hpp"
#include "submission_test_support.hpp"

using namespace intake;
using namespace intake::fhir::test;
using intake::submission::test::quoted;
using intake::submission::test::run_shell;
using intake::submission::test::TempDir;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// The server's own search; a server that wants a bearer token wants it here too.
std::string http_get(const std::string& url, const std::string& token = "") {
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
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char* data, std::size_t size, std::size_t n, void* user) {
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

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_') out.push_back(c);
    else {
      static const char* kHex = "0123456789ABCDEF";
      out += '%';
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
      out += kHex[static_cast<unsigned char>(c) & 0xf];
    }
  }
  return out;
}

struct Rig {
  TempDir tmp;
  std::filesystem::path data = tmp / "data";
  std::filesystem::path journal = tmp / "server-journal.ndjson";
  store::Store store = submission::test::open_store_or_fail(data);
  std::vector<std::string> ids;
  std::unique_ptr<NodeService> server;
  std::unique_ptr<NodeService> proxy;
  std::string server_token;  // the bearer token the server was started with, if any
  fhir::FhirOptions options;

  explicit Rig(int records) {
    for (int i = 0; i < records; ++i) {
      const std::string family = "Tester" + std::string(1, static_cast<char>('A' + i % 26)) + std::to_string(i);
      ids.push_back(submit(store, i % 3 == 0 ? heavily_flagged_session("Noor", family)
                                  : i % 3 == 1 ? minor_with_guardian_session("Iker", family)
                                               : adult_session("Ana", family)));
    }
  }

  std::string node() const { return node_binary(); }
  std::string tool(const char* name) const { return (tools_dir() / name).string(); }

  void start_server(int port = 0, const std::string& token = "") {
    std::vector<std::string> argv = {node(), tool("server.js"), "--journal", journal.string(), "--port",
                                     std::to_string(port)};
    if (!token.empty()) argv.insert(argv.end(), {"--token", token});
    server_token = token;
    server = std::make_unique<NodeService>(argv);
  }
  void start_proxy(std::vector<std::string> faults) {
    std::vector<std::string> argv = {node(), tool("proxy.js"), "--upstream", std::to_string(server->port)};
    argv.insert(argv.end(), faults.begin(), faults.end());
    proxy = std::make_unique<NodeService>(argv);
  }
  std::string url(int port) const { return "http://127.0.0.1:" + std::to_string(port) + "/fhir/R4"; }

  std::vector<std::string> kiosk_argv(const std::vector<std::string>& args) const {
    std::vector<std::string> argv = {INTAKE_KIOSK_BINARY, "--data-dir", data.string(), "--forms-dir",
                                     INTAKE_SOURCE_FORMS_DIR};
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
  }
  submission::test::Shell kiosk(const std::string& args) const {
    return run_shell(quoted(std::filesystem::path(INTAKE_KIOSK_BINARY)) + " --data-dir " + quoted(data) +
                     " --forms-dir " + quoted(std::filesystem::path(INTAKE_SOURCE_FORMS_DIR)) + " " + args);
  }
  void configure(int port, const std::string& extra = "") {
    auto shell = kiosk("fhir configure --server " + url(port) + " " + extra);
    INFO(shell.err);
    REQUIRE(shell.exit_code == 0);
  }

  store::OutboxStatus status() {
    auto status = store::fhir_outbox_status(store);
    REQUIRE(status);
    return *status;
  }

  // `fhir send` until nothing waits; each failed run leaves the rest waiting for the next one.
  void send_until_done(int max_runs = 30) {
    for (int run = 0; run < max_runs && status().waiting > 0; ++run) kiosk("fhir send");
    CHECK(status().waiting == 0);
  }

  // Every resource the server ever created (its journal), by type.
  std::map<std::string, std::vector<json>> created() const {
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

  static std::string identifier_value(const json& resource, const std::string& system) {
    const json identifiers = resource.contains("identifier") ? resource["identifier"] : json::array();
    for (const json& identifier : identifiers.is_array() ? identifiers : json::array({identifiers}))
      if (identifier.value("system", "") == system) return identifier.value("value", "");
    return "";
  }

  // Exactly once: one Patient, QuestionnaireResponse and Consent per record, one
  // DocumentReference per PDF version whose bytes are the stored ones, one Provenance for the
  // signature and one per review; and the server's own search finds each Patient once.
  void check_exactly_once(int server_port) {
    auto all = created();
    std::map<std::string, int> patients, responses, consents, documents, provenances;
    for (const json& r : all["Patient"]) ++patients[identifier_value(r, options.record_id_system())];
    for (const json& r : all["QuestionnaireResponse"]) ++responses[identifier_value(r, options.record_id_system())];
    for (const json& r : all["Consent"]) ++consents[identifier_value(r, options.record_id_system())];
    std::map<std::string, std::string> document_data;
    for (const json& r : all["DocumentReference"]) {
      const std::string sha = identifier_value(r, options.pdf_sha256_system());
      ++documents[sha];
      document_data[sha] = r["content"][0]["attachment"]["data"];
    }
    for (const json& r : all["Provenance"]) ++provenances[r["meta"]["tag"][0]["code"].get<std::string>()];
    CHECK(patients.size() == ids.size());
    CHECK(all["Patient"].size() == ids.size());
    for (const std::string& id : ids) {
      INFO(id);
      CHECK(patients[id] == 1);
      CHECK(responses[id] == 1);
      CHECK(consents[id + "-consent"] == 1);
      CHECK(provenances[id + "-signature"] == 1);
      auto record = store::view_record(store, id, "test");
      REQUIRE(record);
      for (std::size_t i = 0; i < record->reviews.size(); ++i)
        CHECK(provenances[id + "-review-" + std::to_string(i + 1)] == 1);
      for (const auto& info : record->pdfs) {
        CHECK(documents[info.sha256] == 1);
        auto pdf = store::read_record_pdf(store, id, info.version, store::PdfAccess::view, "test");
        REQUIRE(pdf);
        const auto file = tmp / "stored.pdf";
        std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(pdf->bytes.data()),
                                                    static_cast<std::streamsize>(pdf->bytes.size()));
        // coreutils' base64 of the stored bytes is what the server holds: byte for byte.
        const auto encoded = run_shell("base64 -w0 " + quoted(file));
        CHECK(encoded.out == document_data[info.sha256]);
      }
      store::secure_wipe(*record);
    }
    // The server's own FHIR search agrees (first, last and middle record).
    for (const std::string& id : {ids.front(), ids[ids.size() / 2], ids.back()}) {
      const json found = json::parse(http_get(url(server_port) + "/Patient?identifier=" +
                                              escaped(options.record_id_system() + "|" + id),
                                              server_token));
      CHECK(found["entry"].size() == 1);
    }
  }
};

}  // namespace

TEST_CASE("records reach a real FHIR server exactly once when the server is killed mid-delivery", "[fhir][delivery]") {
  Rig rig(12);
  rig.start_server();
  const int port = rig.server->port;
  // The proxy slows each Bundle down a little so the kill lands while the kiosk is sending.
  rig.start_proxy({"--delay", "1000", "--delay-ms", "150"});
  rig.configure(rig.proxy->port);
  ChildProcess send(rig.kiosk_argv({"fhir", "send"}));
  for (int i = 0; i < 400 && rig.status().delivered < 3; ++i) send.wait_exit(25ms);
  REQUIRE(rig.status().delivered >= 3);
  REQUIRE(rig.status().waiting > 0);
  rig.server->process.kill_now();
  const auto exit_code = send.wait_exit(60s);
  REQUIRE(exit_code);
  CHECK(*exit_code != 0);  // the run stopped at the dead server; the rest waits

  // The status says what staff need to know.
  auto status = rig.kiosk("fhir status");
  CHECK_THAT(status.out, Catch::Matchers::ContainsSubstring("waiting to send"));
  CHECK_THAT(status.out, Catch::Matchers::ContainsSubstring("server unreachable since"));

  rig.start_server(port);  // the same server, started again from its journal
  rig.start_proxy({});
  rig.configure(rig.proxy->port);
  rig.send_until_done();
  rig.check_exactly_once(port);
}

TEST_CASE("a kiosk SIGKILLed while the server's answer is on its way sends again without duplicates",
          "[fhir][delivery]") {
  Rig rig(8);
  rig.start_server();
  // The 4th Bundle reaches the server, which creates everything, but its answer never arrives.
  rig.start_proxy({"--hold-after", "3"});
  rig.configure(rig.proxy->port);
  {
    ChildProcess send(rig.kiosk_argv({"fhir", "send"}));
    REQUIRE(rig.proxy->process.wait_for("held", 60s));
    send.kill_now();
  }
  CHECK(rig.status().delivered == 3);
  rig.start_proxy({});
  rig.configure(rig.proxy->port);
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);
}

TEST_CASE("500s, lost answers and time-outs leave records waiting, then each arrives exactly once",
          "[fhir][delivery]") {
  Rig rig(6);
  rig.start_server();
  rig.start_proxy({"--fail", "2", "--fail-after-forward", "2", "--delay", "1", "--delay-ms", "3000"});
  rig.configure(rig.proxy->port, "--timeout 1");
  auto first = rig.kiosk("fhir send");
  CHECK(first.exit_code != 0);
  CHECK_THAT(first.err, Catch::Matchers::ContainsSubstring("HTTP 500"));
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);

  // A review made after delivery goes out too: its Provenance and PDF version, nothing twice.
  review(rig.store, rig.ids[1], "Cleared after a look at the photographs.");
  CHECK(rig.status().waiting == 1);
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);
}

TEST_CASE("a bearer token is sent from a 0600 file and never kept in the store", "[fhir][delivery]") {
  Rig rig(1);
  rig.start_server(0, "s3cret-token-for-tests");
  rig.configure(rig.server->port);
  auto refused = rig.kiosk("fhir send");
  CHECK(refused.exit_code != 0);
  CHECK_THAT(refused.err, Catch::Matchers::ContainsSubstring("HTTP 401"));

  const auto token_file = rig.data / "fhir-token";
  submission::test::write_text(token_file, "s3cret-token-for-tests\n");
  ::chmod(token_file.c_str(), 0644);
  auto loose = rig.kiosk("fhir send");
  CHECK(loose.exit_code != 0);
  CHECK_THAT(loose.err, Catch::Matchers::ContainsSubstring("chmod 600"));
  ::chmod(token_file.c_str(), 0600);
  auto sent = rig.kiosk("fhir send");
  INFO(sent.err);
  CHECK(sent.exit_code == 0);
  CHECK(rig.status().waiting == 0);
  auto settings = store::all_settings(rig.store);
  REQUIRE(settings);
  for (const auto& [key, value] : *settings) CHECK(value.find("s3cret") == std::string::npos);
  rig.check_exactly_once(rig.server->port);
}
