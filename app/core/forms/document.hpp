#pragma once
// Consent and aftercare documents: Markdown-like text per language.
//
//   # Consent to micro-needling            <- the document title (exactly one, first)
//   An opening paragraph (optional).
//   ## The procedure {#procedure}          <- a section with a stable id
//   A paragraph; lines that follow are joined with single spaces.
//
//   - a bullet item
//   - another; an indented line continues the item
//
// Nothing else (no inline markup, tables or images), so what the UI shows, the PDF prints and
// the hash covers are the same words. Each consent section is initialled by the patient.
#include <filesystem>
#include <string>
#include <vector>

#include "forms/diagnostic.hpp"

namespace intake::forms {

struct DocumentBlock {
  enum class Kind { paragraph, bullets };
  Kind kind = Kind::paragraph;
  std::string text;                // paragraph text (Kind::paragraph)
  std::vector<std::string> items;  // bullet items (Kind::bullets)
};

struct DocumentSection {
  std::string id;     // stable across languages, e.g. "procedure"
  std::string title;  // localized, without the {#id}
  std::vector<DocumentBlock> blocks;
  int line = 0;  // where the heading is, for messages
};

struct Document {
  std::string language;
  std::string title;
  std::vector<DocumentBlock> intro;  // before the first section; not initialled
  std::vector<DocumentSection> sections;
  // The exact text shown to the patient (see render_document_text) and its SHA-256 in lower-case
  // hex. A record keeps this hash so anyone can prove which words were on the screen.
  std::string displayed_text;
  std::string sha256_hex;
};

// Parses `text` (the file's content; `file` is only used in messages). Problems are appended to
// `errors`; the returned document is meaningful only when none were added.
Document parse_document(const std::string& text, const std::string& file, const std::string& language,
                        std::vector<Diagnostic>& errors);

// Canonical plain text: the title, a blank line, then each block; sections start with their
// title line; bullets as "- item"; blocks separated by one blank line; ends with one newline.
std::string render_document_text(const Document& document);

}  // namespace intake::forms
