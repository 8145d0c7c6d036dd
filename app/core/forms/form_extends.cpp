// Combining a form with the base it extends. The loader has already read both files (every
// question, rule and expression checked where it is written); this puts the added pages in
// place and checks what only the combination can get wrong.
#include "forms/form_extends.hpp"

#include <algorithm>
#include <set>

#include "common/sha256.hpp"

namespace intake::forms {
namespace {

void error_at(std::vector<Diagnostic>& errors, const SourceLocation& where, std::string message) {
  errors.push_back({where.file, where.line, where.column, std::move(message)});
}

void place_pages(Form& form, const Form& base, const FormExtension& extension,
                 std::vector<Diagnostic>& errors) {
  // form.pages holds the base's pages, then the added ones in file order.
  std::vector<Page> added(form.pages.begin() + static_cast<std::ptrdiff_t>(base.pages.size()),
                          form.pages.end());
  std::vector<Page> pages(base.pages.begin(), base.pages.end());
  for (Page& page : added) {
    const auto placed = std::find_if(extension.pages.begin(), extension.pages.end(),
                                     [&](const AddedPage& p) { return p.page_id == page.id; });
    std::string after = placed != extension.pages.end() ? placed->after : "";
    auto at = pages.end();
    if (!after.empty()) {
      const auto anchor =
          std::find_if(pages.begin(), pages.end(), [&](const Page& p) { return p.id == after; });
      if (anchor == pages.end()) {
        error_at(errors, placed->location,
                 "page '" + page.id + "' is to go after '" + after + "', which is not a page of " + base.id +
                     " or an earlier added page");
      } else {
        // After the anchor and after any page already placed behind it, so file order holds.
        at = anchor + 1;
        while (at != pages.end() &&
               std::any_of(added.begin(), added.end(), [&](const Page& p) { return p.id == at->id; }))
          ++at;
      }
    }
    pages.insert(at, std::move(page));
  }
  form.pages = std::move(pages);

  std::vector<Question> ordered;
  ordered.reserve(form.questions.size());
  for (const Page& page : form.pages)
    for (const std::string& id : page.question_ids)
      if (const Question* question = form.find_question(id)) ordered.push_back(*question);
  form.questions = std::move(ordered);

  // A shown_when may only read questions shown before it, now that pages have moved.
  for (std::size_t i = 0; i < form.questions.size(); ++i) {
    const Question& question = form.questions[i];
    if (!question.shown_when) continue;
    for (const std::string& read : question.shown_when->questions) {
      const auto it = std::find_if(form.questions.begin(), form.questions.end(),
                                   [&](const Question& q) { return q.id == read; });
      if (it - form.questions.begin() >= static_cast<std::ptrdiff_t>(i))
        error_at(errors, question.location,
                 "shown_when of '" + question.id + "' reads '" + read +
                     "', which comes after it once the pages are combined");
    }
  }
}

void apply_replacements(Form& form, const FormExtension& extension, std::vector<Diagnostic>& errors) {
  using Target = TextReplacement::Target;
  for (const TextReplacement& replacement : extension.replacements) {
    switch (replacement.target) {
      case Target::question_text:
      case Target::question_help: {
        auto it = std::find_if(form.questions.begin(), form.questions.end(),
                               [&](const Question& q) { return q.id == replacement.id; });
        if (it == form.questions.end()) {
          error_at(errors, replacement.location,
                   "there is no question '" + replacement.id + "' to replace a text of");
          continue;
        }
        (replacement.target == Target::question_text ? it->text : it->help) = replacement.text;
        break;
      }
      case Target::page_title: {
        auto it = std::find_if(form.pages.begin(), form.pages.end(),
                               [&](const Page& p) { return p.id == replacement.id; });
        if (it == form.pages.end()) {
          error_at(errors, replacement.location,
                   "there is no page '" + replacement.id + "' to replace the title of");
          continue;
        }
        it->title = replacement.text;
        break;
      }
      case Target::rule_staff_message:
      case Target::rule_label:
      case Target::rule_patient_message: {
        auto it = std::find_if(form.rules.begin(), form.rules.end(),
                               [&](const Rule& r) { return r.flag == replacement.id; });
        if (it == form.rules.end()) {
          error_at(errors, replacement.location,
                   "there is no rule with flag '" + replacement.id + "' to replace a text of");
          continue;
        }
        if (replacement.target == Target::rule_staff_message) {
          it->staff_messages = replacement.text;
          it->staff_message = localized(replacement.text, "en");
        } else if (replacement.target == Target::rule_label) {
          it->label = replacement.text;
        } else {
          it->patient_message = replacement.text;
        }
        break;
      }
    }
  }
}

// The base document with the added document's title, opening and sections merged in. Called once
// per language; the loader already checked that every language has the same section ids.
Document merge_document(const Document& base, const Document& own, const std::string& insert_after) {
  Document combined = base;
  combined.title = own.title;
  if (!own.intro.empty()) combined.intro = own.intro;
  std::vector<DocumentSection> added;
  for (const DocumentSection& section : own.sections) {
    auto same = std::find_if(combined.sections.begin(), combined.sections.end(),
                             [&](const DocumentSection& s) { return s.id == section.id; });
    if (same != combined.sections.end())
      *same = section;
    else
      added.push_back(section);
  }
  auto at = combined.sections.end();
  if (!insert_after.empty()) {
    const auto anchor = std::find_if(combined.sections.begin(), combined.sections.end(),
                                     [&](const DocumentSection& s) { return s.id == insert_after; });
    if (anchor != combined.sections.end()) at = anchor + 1;
  }
  combined.sections.insert(at, added.begin(), added.end());
  combined.displayed_text = render_document_text(combined);
  combined.sha256_hex = sha256_hex(combined.displayed_text);
  return combined;
}

void merge_documents(std::map<std::string, Document, std::less<>>& own,
                     const std::map<std::string, Document, std::less<>>& base,
                     const std::string& insert_after) {
  if (own.empty()) {
    own = base;  // this form has no file of its own for these documents
    return;
  }
  for (auto& [language, document] : own)
    if (const auto it = base.find(language); it != base.end())
      document = merge_document(it->second, document, insert_after);
}

}  // namespace

void combine_with_base(Form& form, const Form& base, const FormExtension& extension,
                       std::vector<Diagnostic>& errors) {
  form.base_form_id = base.id;
  form.base_form_version = base.version;
  form.version += "+" + base.id + "." + base.version;  // what records keep: both files' versions
  place_pages(form, base, extension, errors);
  apply_replacements(form, extension, errors);

  if (!extension.consent_after.empty()) {
    const auto& sections = base.consent_document(base.languages.front()).sections;
    if (std::none_of(sections.begin(), sections.end(),
                     [&](const DocumentSection& s) { return s.id == extension.consent_after; }))
      error_at(errors, extension.consent_after_location,
               "add_consent_after names '" + extension.consent_after +
                   "', which is not a consent section of " + base.id);
  }
  merge_documents(form.consent, base.consent, extension.consent_after);
  merge_documents(form.aftercare, base.aftercare, "");
}

}  // namespace intake::forms
