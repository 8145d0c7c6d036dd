#include "forms/document.hpp"

#include <set>
#include <string_view>

#include "common/sha256.hpp"
#include "common/text.hpp"
#include "forms/text_checks.hpp"

namespace intake::forms {

using text::trim;
namespace {

class DocumentParser {
 public:
  DocumentParser(const std::string& file, std::vector<Diagnostic>& errors) : file_(file), errors_(errors) {}

  void run(const std::string& text, Document& document) {
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++number;
      take_line(line, number, document);
      if (end == text.size()) break;
      start = end + 1;
    }
    close_block(document);
    if (document.title.empty())
      error(0, "the document has no '# Title' line");
    else if (document.sections.empty())
      error(0, "the document has no '## Section {#id}' sections");
    for (const DocumentSection& section : document.sections)
      if (section.blocks.empty()) error(section.line, "section '" + section.id + "' has no text");
  }

 private:
  void error(int line, std::string message) { errors_.push_back({file_, line, 0, std::move(message)}); }

  std::vector<DocumentBlock>& blocks(Document& document) {
    return document.sections.empty() ? document.intro : document.sections.back().blocks;
  }

  void close_block(Document& document) {
    if (open_) blocks(document).push_back(std::move(current_));
    current_ = {};
    open_ = false;
  }

  void take_line(std::string_view raw, int number, Document& document) {
    const std::string_view line = trim(raw);
    if (line.empty()) {
      close_block(document);
      return;
    }
    if (line[0] == '#') {
      close_block(document);
      take_heading(line, number, document);
      return;
    }
    if (document.title.empty()) {
      if (!title_error_) error(number, "the document must start with a '# Title' line");
      title_error_ = true;
      return;
    }
    const bool bullet = line.size() >= 2 && line[0] == '-' && line[1] == ' ';
    if (bullet) {
      if (open_ && current_.kind != DocumentBlock::Kind::bullets) close_block(document);
      current_.kind = DocumentBlock::Kind::bullets;
      current_.items.emplace_back(trim(line.substr(2)));
      open_ = true;
      return;
    }
    if (open_ && current_.kind == DocumentBlock::Kind::bullets) {
      // A line under a bullet continues that item (indented or not, as in Markdown).
      current_.items.back() += ' ';
      current_.items.back() += line;
      return;
    }
    if (open_) current_.text += ' ';
    current_.kind = DocumentBlock::Kind::paragraph;
    current_.text += line;
    open_ = true;
  }

  void take_heading(std::string_view line, int number, Document& document) {
    std::size_t level = 0;
    while (level < line.size() && line[level] == '#') ++level;
    std::string_view rest = trim(line.substr(level));
    if (level == 1) {
      if (!document.title.empty() || !document.sections.empty())
        error(number, "only the first heading may be a '# Title'; use '## Section {#id}' for sections");
      else if (rest.empty())
        error(number, "the '# Title' line has no title");
      else
        document.title = std::string(rest);
      return;
    }
    if (level != 2) {
      error(number, "only '# Title' and '## Section {#id}' headings are supported");
      return;
    }
    if (document.title.empty()) {
      error(number, "the document must start with a '# Title' line");
      title_error_ = true;
    }
    const std::size_t brace = rest.rfind("{#");
    if (brace == std::string_view::npos || rest.back() != '}') {
      error(number, "section heading needs a stable id at its end, like '## Risks {#risks}'");
      return;
    }
    DocumentSection section;
    section.id = std::string(rest.substr(brace + 2, rest.size() - brace - 3));
    section.title = std::string(trim(rest.substr(0, brace)));
    section.line = number;
    if (!is_valid_id(section.id)) {
      error(number, "section id '" + section.id +
                        "' must be lower-case letters, digits and '_', starting with a letter");
      return;
    }
    if (section.title.empty()) error(number, "section '" + section.id + "' has no title");
    if (!ids_.insert(section.id).second) {
      error(number, "section id '" + section.id + "' is used twice");
      return;
    }
    document.sections.push_back(std::move(section));
  }

  const std::string& file_;
  std::vector<Diagnostic>& errors_;
  DocumentBlock current_;
  bool open_ = false;
  bool title_error_ = false;
  std::set<std::string> ids_;
};

void render_blocks(const std::vector<DocumentBlock>& blocks, std::string& out) {
  for (const DocumentBlock& block : blocks) {
    out += '\n';
    if (block.kind == DocumentBlock::Kind::paragraph) {
      out += block.text;
      out += '\n';
    } else {
      for (const std::string& item : block.items) out += "- " + item + "\n";
    }
  }
}

}  // namespace

Document parse_document(const std::string& text, const std::string& file, const std::string& language,
                        std::vector<Diagnostic>& errors) {
  Document document;
  document.language = language;
  if (const int line = first_invalid_utf8_line(text)) {
    errors.push_back({file, line, 0, "the file is not valid UTF-8 text"});
    return document;
  }
  DocumentParser(file, errors).run(text, document);
  document.displayed_text = render_document_text(document);
  document.sha256_hex = sha256_hex(document.displayed_text);
  return document;
}

std::string render_document_text(const Document& document) {
  std::string out = document.title + "\n";
  render_blocks(document.intro, out);
  for (const DocumentSection& section : document.sections) {
    out += "\n" + section.title + "\n";
    render_blocks(section.blocks, out);
  }
  return out;
}

}  // namespace intake::forms
