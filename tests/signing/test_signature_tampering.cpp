// One changed byte anywhere is caught by both pdfsig and `intake-kiosk verify`; bytes appended
// after signing are caught; a PDF signed by another kiosk's key is "signed by an unknown device".
#include <catch2/catch_test_macros.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "signing/signing_error.hpp"
#include "signing_test_support.hpp"

using namespace intake;
using namespace intake::signing::test;
using submission::test::quoted;

namespace {

std::size_t find_or_fail(const std::string& text, const std::string& what, std::size_t from = 0) {
  const std::size_t at = text.find(what, from);
  INFO(what);
  REQUIRE(at != std::string::npos);
  return at;
}

}  // namespace

TEST_CASE("One changed byte in any of several places is a mismatch for pdfsig and verify", "[signing]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  const std::vector<std::uint8_t> original = kiosk.pdf(id, 1);
  const std::string text(original.begin(), original.end());
  const std::size_t update = find_or_fail(text, "%%EOF") + 6;  // where the signature's update starts
  const std::size_t contents = find_or_fail(text, "/Contents <", update) + 11;
  const std::size_t contents_end = text.find('>', contents);

  struct Place {
    const char* what;
    std::size_t at;
  };
  const Place places[] = {
      {"the header", 5},
      {"a page's compressed content", find_or_fail(text, "stream\n") + 40},
      {"the middle of the file", original.size() / 2},
      {"libharu's xref table", find_or_fail(text, "xref\n") + 12},
      {"the record id bound in the signature", find_or_fail(text, "/IntakeRecordID (", update) + 20},
      {"the signing date", find_or_fail(text, "/M (D:", update) + 8},
      {"the signature value", contents_end - 10},
      {"the certificate inside the signature", contents + 600},
      {"the last xref", find_or_fail(text, "xref\n", update) + 10},
  };
  for (const Place& place : places) {
    INFO(place.what << " at " << place.at);
    std::vector<std::uint8_t> changed = original;
    // A different character of the same kind keeps the file parseable: the change is subtle.
    char& c = reinterpret_cast<char&>(changed[place.at]);
    if (c >= '0' && c <= '8')
      ++c;
    else if (c == '9')
      c = '0';
    else if (c >= 'a' && c <= 'e')
      ++c;
    else if (c >= 'A' && c <= 'E')
      ++c;
    else
      c = static_cast<char>(c ^ 0x01);
    const auto file = kiosk.write("changed.pdf", changed);
    const std::string report = pdfsig(file);
    INFO(report);
    CHECK(report.find("Signature is Valid.") == std::string::npos);
    const Shell result = verify(kiosk.data, quoted(file));
    INFO(result.out << result.err);
    CHECK(result.exit_code == signing::kExitVerifyAltered);
    CHECK(result.out.find(": altered") != std::string::npos);
  }

  // A page's content: pdfsig's own words.
  std::vector<std::uint8_t> changed = original;
  changed[original.size() / 3] ^= 0x20;
  CHECK(pdfsig(kiosk.write("content.pdf", changed)).find("Digest Mismatch.") != std::string::npos);
}

TEST_CASE("Bytes added after signing no longer count as the whole document", "[signing]") {
  Kiosk kiosk;
  const std::string id = kiosk.check_in();
  std::vector<std::uint8_t> bytes = kiosk.pdf(id, 1);
  const std::string extra = "1 0 obj\n<</Type /Catalog>>\nendobj\n";
  bytes.insert(bytes.end(), extra.begin(), extra.end());
  const auto file = kiosk.write("appended.pdf", bytes);
  CHECK(pdfsig(file).find("Total document signed") == std::string::npos);
  const Shell result = verify(kiosk.data, quoted(file));
  CHECK(result.exit_code == signing::kExitVerifyAltered);
  CHECK(result.out.find("bytes were added after the last signature") != std::string::npos);
}

TEST_CASE("A PDF signed by another kiosk's key is signed by an unknown device", "[signing]") {
  Kiosk ours;
  Kiosk other;  // another kiosk: its own data directory, key and certificate
  ours.check_in();
  const std::string theirs = other.check_in("Eva", "Soto");
  const auto file = ours.write("other-kiosk.pdf", other.pdf(theirs, 1));
  CHECK(pdfsig(file).find("Signature is Valid.") != std::string::npos);  // a genuine signature...

  const Shell result = verify(ours.data, quoted(file));  // ...but not by this kiosk
  INFO(result.out << result.err);
  CHECK(result.exit_code == signing::kExitVerifyUnknownDevice);
  CHECK(result.out.find(": signed by an unknown device: signed by ") != std::string::npos);
  CHECK(result.out.find("does not know that certificate") != std::string::npos);
  CHECK(verify(other.data, quoted(file)).exit_code == 0);  // on its own kiosk it is valid

  // Several files: one line each, and the worst verdict's exit code.
  const auto mine = ours.write("mine.pdf", ours.pdf(ours.check_in("Rosa", "Vega"), 1));
  const Shell both = verify(ours.data, quoted(mine) + " " + quoted(file));
  CHECK(both.exit_code == signing::kExitVerifyUnknownDevice);
  CHECK(std::count(both.out.begin(), both.out.end(), '\n') == 2);
}
