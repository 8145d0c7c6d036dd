#pragma once
// A store of real check-ins, a real FHIR server (@medplum/fhir-router, journaled so it can be
// killed and started again), an optional fault-injecting proxy in front of it, and the real
// binary as sender (`fhir send`, or the kiosk under Xvfb with its delivery worker). Shared by
// the delivery tests and the delivery benchmark/crash run.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "child_process.hpp"
#include "fhir/fhir_options.hpp"
#include "store/fhir_outbox.hpp"
#include "store/store.hpp"
#include "submission_test_support.hpp"

namespace intake::fhir::test {

// The files an https test server is checked with, and the client certificate shown to it.
struct ClientTls {
  std::filesystem::path ca_certificate;
  std::filesystem::path certificate;
  std::filesystem::path key;
};

// The server's own search; a server that wants a bearer token or a client certificate wants
// them here too.
std::string http_get(const std::string& url, const std::string& token = "", const ClientTls* tls = nullptr);

// What check_exactly_once found. A clean run: duplicates == missing == pdf_mismatches == 0.
struct ExactlyOnceCount {
  std::size_t resources = 0;       // every resource the server created
  std::size_t expected = 0;        // the resources the records call for, each to be there once
  std::size_t duplicates = 0;      // extra copies of any of them
  std::size_t missing = 0;         // expected and not there
  std::size_t pdfs_checked = 0;    // PDF versions compared byte for byte
  std::size_t pdf_mismatches = 0;  // whose bytes on the server differ from the store's
};

struct Rig {
  submission::test::TempDir tmp;
  std::filesystem::path data = tmp / "data";
  std::filesystem::path journal = tmp / "server-journal.ndjson";
  store::Store store;
  std::vector<std::string> ids;
  std::unique_ptr<NodeService> server;
  std::unique_ptr<NodeService> proxy;
  std::string server_token;      // the bearer token the server was started with, if any
  std::optional<ClientTls> tls;  // set: the server is https (start_server's extra arguments)
  FhirOptions options;

  // `records` check-ins through the real submission path: flagged adults, minors with a
  // guardian (in Spanish) and plain adults in turn.
  explicit Rig(int records);
  void add_records(int records);

  // extra: more server.js options (--tls-cert ... for an https server; set `tls` with them).
  void start_server(int port = 0, const std::string& token = "", const std::vector<std::string>& extra = {});
  // port 0: a new one; else the old proxy's port (the old proxy is stopped first).
  void start_proxy(std::vector<std::string> faults, int port = 0);
  std::string url(int port) const;

  std::vector<std::string> kiosk_argv(const std::vector<std::string>& args) const;
  submission::test::Shell kiosk(const std::string& args) const;
  // The touchscreen kiosk itself on `display` (its delivery worker sends the outbox).
  std::unique_ptr<ChildProcess> start_kiosk_app(const std::string& display) const;
  void configure(int port, const std::string& extra = "");

  store::OutboxStatus status();
  // Polls the outbox (a status read, no patient data) until `done` or the deadline.
  bool wait_until(const std::function<bool(const store::OutboxStatus&)>& done, std::chrono::seconds timeout);

  // `fhir send` until nothing waits; each failed run leaves the rest waiting for the next one.
  void send_until_done(int max_runs = 30);

  // Every resource the server ever created (its journal), by type.
  std::map<std::string, std::vector<nlohmann::json>> created() const;

  // Exactly once: one Patient, QuestionnaireResponse and Consent per record, one
  // DocumentReference per PDF version whose bytes are the stored ones, one Provenance for the
  // signature and one per review; and the server's own search finds each Patient once.
  // CHECKs each, and returns the counts (for the benchmark's figures).
  ExactlyOnceCount check_exactly_once(int server_port);
};

}  // namespace intake::fhir::test
