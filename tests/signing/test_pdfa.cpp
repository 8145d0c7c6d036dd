// The archival parts of every stored PDF, checked structurally (no PDF/A validator is packaged
// for Debian 12): the XMP parses (xmllint) and names PDF/A-2 B with title, dates, producer and
// document ID; the catalog has an OutputIntent with an embedded RGB ICC profile; pdffonts
// shows every font embedded; qpdf --check passes; and pdfsig still finds the signature valid.
#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "pdf/pdfa_metadata.hpp"
#include "signing_test_support.hpp"

using namespace intake;
using namespace intake::signing::test;
using submission::test::quoted;
using submission::test::run_shell;

namespace {

// qpdf's JSON of the file: every object by "obj:N 0 R" (the latest revision's).
nlohmann::json qpdf_objects(const std::filesystem::path& file) {
  const Shell shell = run_shell("qpdf --json=2 --json-key=qpdf " + quoted(file));
  REQUIRE(shell.exit_code == 0);
  const nlohmann::json json = nlohmann::json::parse(shell.out);
  return json["qpdf"][1];
}

const nlohmann::json& object(const nlohmann::json& objects, const std::string& reference) {
  const std::string key = "obj:" + reference;
  INFO(key);
  REQUIRE(objects.contains(key));
  return objects[key];
}

void check_archival(Kiosk& kiosk, const std::string& id, int version) {
  INFO("version " << version);
  const auto file = kiosk.write("v" + std::to_string(version) + ".pdf", kiosk.pdf(id, version));
  const std::vector<std::uint8_t> bytes = submission::test::read_bytes(file);
  const std::string text(bytes.begin(), bytes.end());
  CHECK(text.substr(0, 8) == "%PDF-1.7");

  // The XMP packet is stored uncompressed: cut it out and let xmllint parse it.
  const std::size_t begin = text.find("<?xpacket begin=");
  const std::size_t end = text.find("<?xpacket end=", begin);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const auto xmp = kiosk.tmp / "xmp.xml";
  submission::test::write_text(xmp, text.substr(begin, text.find("?>", end) + 2 - begin));
  const auto xpath = [&](const std::string& local_name) {
    Shell shell =
        run_shell("xmllint --xpath 'string(//*[local-name()=\"" + local_name + "\"])' " + quoted(xmp));
    while (!shell.out.empty() && shell.out.back() == '\n') shell.out.pop_back();
    return shell;
  };
  const Shell part = xpath("part");
  INFO(part.err);
  REQUIRE(part.exit_code == 0);
  CHECK(part.out == "2");
  CHECK(xpath("conformance").out == "B");
  CHECK(xpath("title").out.find(id) != std::string::npos);
  CHECK(xpath("Producer").out == "intake-kiosk");
  CHECK(xpath("CreateDate").out.substr(0, 4) == "2026");
  CHECK(xpath("DocumentID").out == pdf::uuid_urn(pdf::pdf_document_id_hex(id)));

  // The catalog (as last updated) keeps the OutputIntent with an RGB profile, and the metadata.
  const nlohmann::json objects = qpdf_objects(file);
  const nlohmann::json* catalog = nullptr;
  for (const auto& [key, value] : objects.items())
    if (value.contains("value") && value["value"].is_object() &&
        value["value"].value("/Type", "") == "/Catalog")
      catalog = &value["value"];
  REQUIRE(catalog != nullptr);
  REQUIRE(catalog->contains("/Metadata"));
  REQUIRE(catalog->contains("/OutputIntents"));
  CHECK((*catalog)["/AcroForm"]["/SigFlags"] == 3);
  const auto& intent_value = (*catalog)["/OutputIntents"][0];
  const nlohmann::json& intent =
      intent_value.is_string() ? object(objects, intent_value.get<std::string>())["value"] : intent_value;
  CHECK(intent["/S"] == "/GTS_PDFA1");
  CHECK(intent["/OutputConditionIdentifier"] == "u:sRGB IEC61966-2.1");
  const nlohmann::json& profile = object(objects, intent["/DestOutputProfile"].get<std::string>());
  CHECK(profile["stream"]["dict"]["/N"] == 3);
  const std::string profile_ref = intent["/DestOutputProfile"].get<std::string>();
  const Shell icc = run_shell("qpdf --show-object=" + profile_ref.substr(0, profile_ref.find(' ')) +
                              " --filtered-stream-data " + quoted(file) + " | head -c 40 | tail -c 4");
  CHECK(icc.out == "acsp");  // an ICC profile's signature

  const Shell fonts = run_shell("pdffonts " + quoted(file));
  REQUIRE(fonts.exit_code == 0);
  int listed = 0;
  std::istringstream lines(fonts.out);
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2) continue;  // the header and its rule
    ++listed;
    INFO(line);
    CHECK(line.find(" yes ") != std::string::npos);  // emb column (sub too: subset)
  }
  CHECK(listed >= 2);
  CHECK(run_shell("qpdf --check " + quoted(file)).exit_code == 0);
  CHECK(pdfsig(file).find("Signature is Valid.") != std::string::npos);
}

}  // namespace

TEST_CASE("Stored PDFs are written to PDF/A-2b: XMP, OutputIntent, embedded fonts, still signed",
          "[signing][pdfa]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  kiosk.review(id);
  check_archival(kiosk, id, 1);
  check_archival(kiosk, id, 2);
}
