// Consent and aftercare documents: sections with stable ids, paragraphs, bullets, the exact
// displayed text and its hash, and precise messages for malformed files.
#include <catch2/catch_test_macros.hpp>

#include "common/sha256.hpp"
#include "forms/document.hpp"

using namespace intake;
using namespace intake::forms;

namespace {
Document parse(const std::string& text, std::vector<Diagnostic>& errors) {
  return parse_document(text, "consent.en.md", "en", errors);
}
}  // namespace

TEST_CASE("a document splits into title, intro, sections, paragraphs and bullets", "[forms][documents]") {
  std::vector<Diagnostic> errors;
  const Document doc = parse(
      "# Consent\r\n\r\nIntro line one\nline two.\n\n## The procedure {#procedure}\nFirst paragraph\n"
      "continues here.\n\n- item one\n  continued\n- item two\nlazy continuation\n\nLast paragraph.\n"
      "## Risks {#risks}\n- redness\n",
      errors);
  REQUIRE(errors.empty());
  CHECK(doc.title == "Consent");
  REQUIRE(doc.intro.size() == 1);
  CHECK(doc.intro[0].text == "Intro line one line two.");
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[0].id == "procedure");
  CHECK(doc.sections[0].title == "The procedure");
  CHECK(doc.sections[0].line == 6);
  REQUIRE(doc.sections[0].blocks.size() == 3);
  CHECK(doc.sections[0].blocks[0].text == "First paragraph continues here.");
  CHECK(doc.sections[0].blocks[1].kind == DocumentBlock::Kind::bullets);
  CHECK(doc.sections[0].blocks[1].items ==
        std::vector<std::string>{"item one continued", "item two lazy continuation"});
  CHECK(doc.sections[0].blocks[2].text == "Last paragraph.");
  CHECK(doc.sections[1].blocks[0].items == std::vector<std::string>{"redness"});
}

TEST_CASE("the displayed text is canonical and its SHA-256 is what a record keeps", "[forms][documents]") {
  std::vector<Diagnostic> errors;
  const Document doc = parse("# T\n\n## S {#s}\nA\nB\n\n- x\n- y\n", errors);
  REQUIRE(errors.empty());
  CHECK(doc.displayed_text == "T\n\nS\n\nA B\n\n- x\n- y\n");
  CHECK(doc.sha256_hex == sha256_hex(std::string("T\n\nS\n\nA B\n\n- x\n- y\n")));
  // Reflowing the source without changing the words keeps the hash; changing a word does not.
  const Document same = parse("# T\n## S {#s}\n\nA B\n- x\n- y", errors);
  CHECK(same.sha256_hex == doc.sha256_hex);
  const Document changed = parse("# T\n## S {#s}\nA C\n\n- x\n- y\n", errors);
  CHECK(changed.sha256_hex != doc.sha256_hex);
  CHECK(render_document_text(doc) == doc.displayed_text);
}

TEST_CASE("malformed documents are refused with the line of the problem", "[forms][documents]") {
  const auto messages = [](const std::string& text) {
    std::vector<Diagnostic> errors;
    parse_document(text, "consent.en.md", "en", errors);
    std::vector<std::string> out;
    for (const Diagnostic& d : errors) out.push_back(format_diagnostic(d));
    return out;
  };
  CHECK(messages("") == std::vector<std::string>{"consent.en.md: the document has no '# Title' line"});
  CHECK(messages("Text first\n# T\n## S {#s}\nx\n") ==
        std::vector<std::string>{"consent.en.md:1: the document must start with a '# Title' line"});
  CHECK(messages("# T\n## S {#s}\nx\n## S2 {#s}\ny\n") ==
        std::vector<std::string>{"consent.en.md:4: section id 's' is used twice"});
  CHECK(messages("# T\n## S {#s}\n### Deeper\n") ==
        std::vector<std::string>{
            "consent.en.md:3: only '# Title' and '## Section {#id}' headings are supported",
            "consent.en.md:2: section 's' has no text"});
  CHECK(messages("# T\n## S {#Bad-Id}\nx\n") ==
        std::vector<std::string>{"consent.en.md:2: section id 'Bad-Id' must be lower-case letters, digits "
                                 "and '_', starting with a letter",
                                 "consent.en.md: the document has no '## Section {#id}' sections"});
  CHECK(
      messages("# T\n# Again\n## S {#s}\nx\n") ==
      std::vector<std::string>{
          "consent.en.md:2: only the first heading may be a '# Title'; use '## Section {#id}' for sections"});
  CHECK(messages("# T\n## S {#s}\nbad \xC3\x28 byte\n") ==
        std::vector<std::string>{"consent.en.md:3: the file is not valid UTF-8 text"});
}
