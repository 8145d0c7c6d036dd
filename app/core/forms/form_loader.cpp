// Loads and validates one form folder. Every problem becomes a Diagnostic with the file, line
// and column a person editing the YAML can go to; loading goes on after a problem so that one
// `forms check` run lists them all. Nothing here throws out: yaml-cpp's exceptions are caught
// at the boundary and turned into messages.
#include "forms/form_loader.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "common/text.hpp"
#include "forms/expression_checker.hpp"
#include "forms/expression_parser.hpp"
#include "forms/text_checks.hpp"

namespace intake::forms {

using text::trim;
namespace {

// Bounds that no real form comes near; they keep a hostile file from costing much.
constexpr std::size_t kMaxFileBytes = 1 << 20;
constexpr std::size_t kMaxQuestions = 500;
constexpr std::size_t kMaxRules = 500;
constexpr std::size_t kMaxFlagLabelLength = 40;  // bytes of UTF-8: a queue row shows two or three
constexpr std::size_t kMaxChoices = 100;
constexpr std::size_t kMaxLanguages = 20;

using KeySet = std::initializer_list<std::string_view>;

std::string format_number(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15)
    return std::to_string(static_cast<long long>(value));
  std::ostringstream out;
  out << value;
  return out.str();
}

// Form ids name folders and appear in records; '-' is allowed (rf-microneedling) since the
// rule language never reads them.
bool is_valid_form_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

bool is_language_code(std::string_view code) {
  // "en", "es", "pt_br"-style ids are enough for file names like consent.pt_br.md.
  return code.size() >= 2 && code.size() <= 8 && is_valid_id(code);
}

class Loader {
 public:
  Loader(const std::filesystem::path& folder, const std::string& yaml_text,
         const std::map<std::string, std::string>& documents, std::vector<Diagnostic>& errors,
         const BaseFormLoader& base_loader)
      : folder_(folder),
        yaml_file_((folder / "form.yaml").string()),
        yaml_text_(yaml_text),
        documents_(documents),
        errors_(errors),
        base_loader_(base_loader) {
    std::size_t start = 0;
    while (start <= yaml_text_.size()) {
      std::size_t end = yaml_text_.find('\n', start);
      if (end == std::string::npos) end = yaml_text_.size();
      lines_.emplace_back(yaml_text_.data() + start, end - start);
      if (end == yaml_text_.size()) break;
      start = end + 1;
    }
  }

  std::shared_ptr<const Form> run() {
    form_.folder = folder_;
    if (yaml_text_.size() > kMaxFileBytes) {
      file_error(yaml_file_, "the file is larger than 1 MB");
      return nullptr;
    }
    if (const int line = first_invalid_utf8_line(yaml_text_)) {
      errors_.push_back({yaml_file_, line, 0, "the file is not valid UTF-8 text"});
      return nullptr;
    }
    YAML::Node root;
    try {
      root = YAML::Load(yaml_text_);
    } catch (const YAML::DeepRecursion& e) {
      // yaml-cpp's guard against stack exhaustion; its own message just says "bad file".
      errors_.push_back({yaml_file_, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                         e.mark.column >= 0 ? e.mark.column + 1 : 0,
                         "YAML is nested too deeply to be a form"});
      return nullptr;
    } catch (const YAML::Exception& e) {
      errors_.push_back({yaml_file_, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                         e.mark.column >= 0 ? e.mark.column + 1 : 0, "YAML syntax error: " + e.msg});
      return nullptr;
    } catch (const std::exception&) {
      file_error(yaml_file_, "YAML could not be read");
      return nullptr;
    }
    try {
      if (!start_from_base(root)) return nullptr;
      read_root(root);
      check_expressions();
      check_rule_cycles();
      load_documents();
      if (base_ && errors_.empty()) combine_with_base(form_, *base_, extension_, errors_);
    } catch (const std::exception& e) {
      // The readers check node kinds before converting, so this is a last line of defence.
      file_error(yaml_file_, std::string("could not be read: ") + e.what());
    }
    if (!errors_.empty()) return nullptr;
    return std::make_shared<const Form>(std::move(form_));
  }

 private:
  // ---- messages -------------------------------------------------------------------------
  void error_at(const YAML::Mark& mark, std::string message) {
    errors_.push_back({yaml_file_, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0,
                       std::move(message)});
  }
  void error(const YAML::Node& node, std::string message) { error_at(node.Mark(), std::move(message)); }
  void file_error(const std::string& file, std::string message) {
    errors_.push_back({file, 0, 0, std::move(message)});
  }

  // ---- a form built on another (the combining itself is in form_extends.cpp) ---------------
  // Starts this form as a copy of the loaded base, so names, windows and flag codes of the base
  // resolve while this file is read. False when `extends:` cannot be honoured.
  bool start_from_base(const YAML::Node& root) {
    const YAML::Node node = get(root, "extends");
    if (!node.IsDefined() || node.IsNull()) return true;
    if (!node.IsScalar() || !is_valid_form_id(node.Scalar())) {
      error(node,
            "'extends' names the folder of the form this one is built on, like 'extends: microneedling'");
      return false;
    }
    if (!base_loader_) {
      error(node,
            "'extends' cannot be used here: a form may extend only a form that extends nothing, "
            "and is checked in the folder of forms it belongs to");
      return false;
    }
    FormLoadResult base = base_loader_(node.Scalar());
    if (!base.form) {
      error(node, "extends '" + node.Scalar() + "', which could not be loaded" +
                      (base.errors.empty() ? std::string() : ": " + format_diagnostic(base.errors.front())));
      return false;
    }
    if (base.form->id != node.Scalar()) {
      error(node, "the form in folder '" + node.Scalar() + "' has id '" + base.form->id +
                      "'; extends needs the folder and id to match");
      return false;
    }
    base_ = base.form;
    form_ = *base_;
    form_.id.clear();
    form_.version.clear();
    form_.title.clear();
    form_.treatment.clear();
    form_.consent.clear();
    form_.aftercare.clear();
    form_.folder = folder_;
    return true;
  }

  void read_replacements(const YAML::Node& root) {
    const YAML::Node list = get(root, "replace");
    if (!list.IsDefined() || list.IsNull()) return;
    if (!list.IsSequence()) {
      error(list, "'replace' must be a list of texts to replace, like - {question: ID, text: {...}}");
      return;
    }
    using Target = TextReplacement::Target;
    for (const YAML::Node& node : list) {
      if (!check_keys(node,
                      {"question", "page", "rule", "text", "help", "title", "staff_message",
                       "patient_message", "label"},
                      "a replacement"))
        continue;
      TextReplacement replacement;
      replacement.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
      const std::pair<const char*, std::vector<std::pair<const char*, Target>>> kinds[] = {
          {"question", {{"text", Target::question_text}, {"help", Target::question_help}}},
          {"page", {{"title", Target::page_title}}},
          {"rule",
           {{"staff_message", Target::rule_staff_message},
            {"patient_message", Target::rule_patient_message},
            {"label", Target::rule_label}}},
      };
      int found = 0;
      for (const auto& [kind, fields] : kinds) {
        const YAML::Node id = get(node, kind);
        if (!id.IsDefined()) continue;
        ++found;
        if (auto value = id_field(node, kind, kind)) replacement.id = *value;
        int given = 0;
        for (const auto& [field, target] : fields) {
          if (!get(node, field).IsDefined()) continue;
          ++given;
          replacement.target = target;
          const std::string what = "the replacement for " + std::string(kind) + " '" + replacement.id + "'";
          replacement.text = localized_field(node, field, what, true);
        }
        if (given != 1) {
          std::string names;
          for (const auto& [field, target] : fields)
            names += (names.empty() ? "" : " or ") + std::string(field);
          error(node, "a replacement of a " + std::string(kind) + " gives exactly one of " + names);
        }
      }
      if (found != 1) {
        error(node, "a replacement names exactly one of question, page or rule");
        continue;
      }
      extension_.replacements.push_back(std::move(replacement));
    }
  }

  // ---- scalars ----------------------------------------------------------------------------
  bool check_keys(const YAML::Node& map, KeySet allowed, std::string_view what) {
    if (!map.IsMap()) {
      error(map, std::string(what) + " must be a mapping of keys to values");
      return false;
    }
    std::set<std::string> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (!it->first.IsScalar()) {
        error(it->first, "keys must be plain names");
        continue;
      }
      const std::string key = it->first.Scalar();
      if (!seen.insert(key).second)
        error(it->first, "key '" + key + "' appears twice in " + std::string(what));
      bool known = false;
      std::string list;
      for (std::string_view a : allowed) {
        known = known || a == key;
        list += (list.empty() ? "" : ", ") + std::string(a);
      }
      if (!known)
        error(it->first,
              "unknown key '" + key + "' in " + std::string(what) + " (expected one of: " + list + ")");
    }
    return true;
  }
  // A map lookup that never inserts and never throws; the first match wins.
  static YAML::Node get(const YAML::Node& map, std::string_view key) {
    if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
      if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
  }
  std::optional<std::string> string_field(const YAML::Node& map, std::string_view key, std::string_view what,
                                          bool required) {
    const YAML::Node node = get(map, key);
    if (!node.IsDefined() || node.IsNull()) {
      if (required) error(map, std::string(what) + " needs '" + std::string(key) + "'");
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      error(node, "'" + std::string(key) + "' must be a single value");
      return std::nullopt;
    }
    return node.Scalar();
  }
  std::optional<std::string> id_field(const YAML::Node& map, std::string_view key, std::string_view what) {
    auto id = string_field(map, key, what, true);
    if (!id) return std::nullopt;
    if (!is_valid_id(*id)) {
      error(get(map, key),
            std::string(what) + " id '" + *id +
                "' must be lower-case letters, digits and '_', starting with a letter (at most 64)");
      return std::nullopt;
    }
    return id;
  }
  bool bool_field(const YAML::Node& map, std::string_view key, bool fallback) {
    const YAML::Node node = get(map, key);
    if (!node.IsDefined() || node.IsNull()) return fallback;
    if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
      return node.Scalar() == "true";
    error(node, "'" + std::string(key) + "' must be true or false");
    return fallback;
  }
  std::optional<double> number_value(const YAML::Node& node, std::string_view key) {
    if (node.IsScalar()) {
      const std::string& text = node.Scalar();
      char* end = nullptr;
      const double value = std::strtod(text.c_str(), &end);
      if (!text.empty() && end == text.c_str() + text.size() && std::isfinite(value) &&
          text.find_first_of("xXnNiI") == std::string::npos)
        return value;
    }
    error(node, "'" + std::string(key) + "' must be a number");
    return std::nullopt;
  }
  std::optional<double> number_field(const YAML::Node& map, std::string_view key) {
    const YAML::Node node = get(map, key);
    if (!node.IsDefined() || node.IsNull()) return std::nullopt;
    return number_value(node, key);
  }

  // ---- localized text ---------------------------------------------------------------------
  // Replaces {window_name} with the window's number, so a clinic that changes a window
  // changes every sentence that mentions it.
  std::vector<std::string> filled_later_;  // placeholders that are not windows, while reading one text
  std::string substitute(const std::string& text, const YAML::Mark& mark) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '{') {
        const std::size_t close = text.find('}', i);
        if (close != std::string::npos) {
          const std::string name = text.substr(i + 1, close - i - 1);
          if (is_valid_id(name)) {
            if (std::find(filled_later_.begin(), filled_later_.end(), name) != filled_later_.end()) {
              out += "{" + name + "}";  // filled in when the record is made (the consent statement)
            } else if (auto w = form_.windows.find(name); w != form_.windows.end()) {
              out += format_number(w->second);
            } else {
              error_at(mark, "text mentions {" + name + "}, which is not a window of this form");
            }
            i = close;
            continue;
          }
        }
      }
      out += text[i];
    }
    return out;
  }
  LocalizedText localized_field(const YAML::Node& map, std::string_view key, std::string_view what,
                                bool required) {
    LocalizedText text;
    const YAML::Node node = get(map, key);
    if (!node.IsDefined() || node.IsNull()) {
      if (required)
        error(map, std::string(what) + " needs '" + std::string(key) + "' with a text per language");
      return text;
    }
    if (!node.IsMap()) {
      error(node, "'" + std::string(key) + "' of " + std::string(what) +
                      " needs a text per language, like {en: ..., es: ...}");
      return text;
    }
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string language = it->first.IsScalar() ? it->first.Scalar() : "";
      if (!seen.insert(language).second) {
        error(it->first, "language '" + language + "' appears twice in '" + std::string(key) + "' of " +
                             std::string(what));
        continue;
      }
      if (!form_.has_language(language)) {
        error(it->first, "'" + std::string(key) + "' of " + std::string(what) + " has text in '" + language +
                             "', which is not one of the form's languages");
        continue;
      }
      if (!it->second.IsScalar() || trim(it->second.Scalar()).empty()) {
        error(it->second, "'" + std::string(key) + "' of " + std::string(what) + " in '" + language +
                              "' must be non-empty text");
        continue;
      }
      text[language] = substitute(std::string(trim(it->second.Scalar())), it->second.Mark());
    }
    for (const std::string& language : form_.languages)
      if (!text.count(language) && !seen.count(language))
        error(node, "'" + std::string(key) + "' of " + std::string(what) + " has no '" + language +
                        "' translation");
    return text;
  }

  // ---- structure ----------------------------------------------------------------------------
  void read_root(const YAML::Node& root) {
    if (!root.IsDefined() || root.IsNull()) {
      errors_.push_back(
          {yaml_file_, 1, 0, "the file is empty; a form needs id, version, languages, pages and rules"});
      return;
    }
    if (!root.IsMap()) {
      error(root, "form.yaml must be a mapping with id, version, languages, pages and rules");
      return;
    }
    if (base_)
      check_keys(root,
                 {"id", "extends", "version", "title", "treatment", "windows", "consent", "pages", "rules",
                  "replace", "add_consent_after"},
                 "a form built on another");
    else
      check_keys(root,
                 {"id", "extends", "version", "languages", "title", "treatment", "windows", "consent",
                  "pages", "rules"},
                 "the form");
    if (auto id = string_field(root, "id", "form", true)) {
      if (is_valid_form_id(*id))
        form_.id = *id;
      else
        error(get(root, "id"),
              "form id '" + *id +
                  "' must be lower-case letters, digits, '_' and '-', starting with a letter (at most 64)");
    }
    if (auto version = string_field(root, "version", "the form", true)) {
      if (trim(*version).empty()) error(get(root, "version"), "'version' must not be empty");
      form_.version = *version;
    }
    if (!base_) read_languages(root);  // a form built on another has the base's languages
    read_windows(root);
    form_.title = localized_field(root, "title", "the form", true);
    form_.treatment = localized_field(root, "treatment", "the form", false);
    read_consent_texts(root);
    if (!base_ || get(root, "pages").IsDefined()) read_pages(root);
    read_rules(root);
    if (base_) {
      read_replacements(root);
      if (auto after = string_field(root, "add_consent_after", "the form", false)) {
        extension_.consent_after = *after;
        const YAML::Mark mark = get(root, "add_consent_after").Mark();
        extension_.consent_after_location = {yaml_file_, mark.line + 1, mark.column + 1};
      }
    }
  }

  void read_languages(const YAML::Node& root) {
    const YAML::Node node = get(root, "languages");
    if (!node.IsDefined() || !node.IsSequence() || node.size() == 0) {
      error(node.IsDefined() ? node : root, "the form needs 'languages', a list like [en, es]");
      return;
    }
    for (const YAML::Node& item : node) {
      if (!item.IsScalar() || !is_language_code(item.Scalar())) {
        error(item, "a language must be a short code like 'en' or 'es'");
        continue;
      }
      if (form_.has_language(item.Scalar())) {
        error(item, "language '" + item.Scalar() + "' is listed twice");
        continue;
      }
      form_.languages.push_back(item.Scalar());
    }
    if (form_.languages.size() > kMaxLanguages) error(node, "a form may have at most 20 languages");
  }

  void read_windows(const YAML::Node& root) {
    const YAML::Node node = get(root, "windows");
    if (!node.IsDefined() || node.IsNull()) return;
    if (!node.IsMap()) {
      error(node, "'windows' must map names to numbers, like isotretinoin_stop_months: 6");
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string name = it->first.IsScalar() ? it->first.Scalar() : "";
      if (!is_valid_id(name) || is_reserved_name(name)) {
        error(it->first, "window name '" + name + "' must be a lower-case id that is not a reserved word");
        continue;
      }
      if (form_.windows.count(name)) {
        error(it->first, "window '" + name + "' is defined twice");
        continue;
      }
      if (auto value = number_value(it->second, name)) {
        if (*value < 0) error(it->second, "window '" + name + "' must not be negative");
        form_.windows[name] = *value;
      }
    }
  }

  void read_consent_texts(const YAML::Node& root) {
    const YAML::Node node = get(root, "consent");
    if (!node.IsDefined() || node.IsNull()) return;
    if (!check_keys(node,
                    {"photo_consent", "certification", "statement", "statement_areas", "signature_intent",
                     "stop_notice"},
                    "'consent'"))
      return;
    // These keep the base's texts too unless the form gives its own.
    if (!base_ || get(node, "statement").IsDefined()) {
      filled_later_ = {"areas", "clinic"};
      form_.consent_statement = localized_field(node, "statement", "'consent'", false);
      filled_later_.clear();
    }
    if (!base_ || get(node, "statement_areas").IsDefined())
      if (auto areas = string_field(node, "statement_areas", "'consent'", false))
        form_.consent_areas_question = *areas;
    if (!base_ || get(node, "signature_intent").IsDefined())
      form_.signature_intent = localized_field(node, "signature_intent", "'consent'", false);
    if (!base_ || get(node, "stop_notice").IsDefined())
      form_.stop_notice = localized_field(node, "stop_notice", "'consent'", false);
    // A form built on another keeps the base's texts unless it gives its own.
    if (!base_ || get(node, "photo_consent").IsDefined())
      form_.photo_consent = localized_field(node, "photo_consent", "'consent'", false);
    if (!base_ || get(node, "certification").IsDefined())
      form_.certification = localized_field(node, "certification", "'consent'", false);
  }

  void read_pages(const YAML::Node& root) {
    const YAML::Node pages = get(root, "pages");
    if (!pages.IsDefined() || !pages.IsSequence() || pages.size() == 0) {
      error(pages.IsDefined() ? pages : root, "the form needs 'pages', a list of pages with questions");
      return;
    }
    std::set<std::string> page_ids;
    for (const Page& page : form_.pages) page_ids.insert(page.id);  // a base form's pages
    for (const YAML::Node& node : pages) {
      if (base_ ? !check_keys(node, {"id", "after", "title", "questions"}, "a page")
                : !check_keys(node, {"id", "title", "questions"}, "a page"))
        continue;
      Page page;
      if (auto id = id_field(node, "id", "page")) {
        page.id = *id;
        if (!page_ids.insert(page.id).second)
          error(get(node, "id"), "page id '" + page.id + "' is used twice");
      }
      if (base_) {
        AddedPage added{page.id,
                        string_field(node, "after", "page '" + page.id + "'", false).value_or(""),
                        {yaml_file_, node.Mark().line + 1, node.Mark().column + 1}};
        extension_.pages.push_back(std::move(added));
      }
      page.title = localized_field(node, "title", "page '" + page.id + "'", true);
      const YAML::Node questions = get(node, "questions");
      if (!questions.IsDefined() || !questions.IsSequence() || questions.size() == 0) {
        error(questions.IsDefined() ? questions : node, "page '" + page.id + "' needs 'questions', a list");
      } else {
        for (const YAML::Node& question : questions) {
          if (form_.questions.size() >= kMaxQuestions) {
            error(question, "a form may have at most 500 questions");
            break;
          }
          if (read_question(question, page.id)) page.question_ids.push_back(form_.questions.back().id);
        }
      }
      form_.pages.push_back(std::move(page));
    }
  }

  bool read_question(const YAML::Node& node, const std::string& page_id) {
    if (!check_keys(node,
                    {"id", "type", "required", "text", "help", "missing", "shown_when", "choices",
                     "not_in_future", "not_in_past", "min", "max", "max_length"},
                    "a question"))
      return false;
    Question question;
    question.page_id = page_id;
    question.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
    const auto id = id_field(node, "id", "question");
    if (!id) return false;
    question.id = *id;
    const YAML::Node id_node = get(node, "id");
    if (is_reserved_name(question.id)) {
      error(id_node,
            "'" + question.id + "' is a reserved word of the rule language and cannot be a question id");
      return false;
    }
    if (form_.find_question(question.id)) {
      error(id_node, "question id '" + question.id + "' is used twice");
      return false;
    }
    if (form_.windows.count(question.id)) {
      error(id_node, "question id '" + question.id + "' is also a window name");
      return false;
    }
    const std::string what = "question '" + question.id + "'";
    if (auto type_text = string_field(node, "type", what, true)) {
      if (auto type = parse_question_type(*type_text))
        question.type = *type;
      else {
        error(get(node, "type"),
              "unknown question type '" + *type_text +
                  "' (expected yes_no, single_choice, multi_choice, short_text, long_text, date or number)");
        return false;
      }
    } else {
      return false;
    }
    question.required = bool_field(node, "required", false);
    question.text = localized_field(node, "text", what, true);
    question.help = localized_field(node, "help", what, false);
    question.missing = localized_field(node, "missing", what, false);
    read_type_options(node, question, what);
    if (const YAML::Node shown = get(node, "shown_when"); shown.IsDefined() && !shown.IsNull()) {
      if (!shown.IsScalar()) {
        error(shown, "'shown_when' must be an expression written as text");
      } else {
        form_.questions.push_back(std::move(question));
        queue_expression(shown, form_.questions.size() - 1, /*is_rule=*/false);
        return true;
      }
    }
    form_.questions.push_back(std::move(question));
    return true;
  }

  void read_type_options(const YAML::Node& node, Question& question, const std::string& what) {
    const bool choice_type =
        question.type == QuestionType::single_choice || question.type == QuestionType::multi_choice;
    const bool text_type =
        question.type == QuestionType::short_text || question.type == QuestionType::long_text;
    const auto only_for = [&](std::string_view key, bool allowed, std::string_view types) {
      const YAML::Node option = get(node, key);
      if (option.IsDefined() && !allowed)
        error(option, "'" + std::string(key) + "' only applies to " + std::string(types) + " questions");
      return option.IsDefined() && allowed;
    };
    if (only_for("choices", choice_type, "single_choice and multi_choice"))
      read_choices(get(node, "choices"), question, what);
    else if (choice_type)
      error(node, what + " needs 'choices'");
    if (only_for("not_in_future", question.type == QuestionType::date, "date"))
      question.not_in_future = bool_field(node, "not_in_future", false);
    if (only_for("not_in_past", question.type == QuestionType::date, "date"))
      question.not_in_past = bool_field(node, "not_in_past", false);
    if (question.not_in_future && question.not_in_past)
      error(node, what + " cannot be both not_in_future and not_in_past");
    if (only_for("min", question.type == QuestionType::number, "number"))
      question.min = number_field(node, "min");
    if (only_for("max", question.type == QuestionType::number, "number"))
      question.max = number_field(node, "max");
    if (question.min && question.max && *question.min > *question.max)
      error(get(node, "min"), what + " has min above max");
    if (only_for("max_length", text_type, "short_text and long_text")) {
      const auto length = number_field(node, "max_length");
      if (length && (*length < 1 || *length > 100000 || std::floor(*length) != *length))
        error(get(node, "max_length"), "'max_length' must be a whole number from 1 to 100000");
      else if (length)
        question.max_length = static_cast<std::size_t>(*length);
    }
  }

  void read_choices(const YAML::Node& choices, Question& question, const std::string& what) {
    if (!choices.IsSequence() || choices.size() == 0) {
      error(choices, what + " needs 'choices', a list of {id, text}");
      return;
    }
    for (const YAML::Node& node : choices) {
      if (question.choices.size() >= kMaxChoices) {
        error(node, "a question may have at most 100 choices");
        return;
      }
      if (!check_keys(node, {"id", "text", "exclusive"}, "a choice")) continue;
      Choice choice;
      const auto id = id_field(node, "id", "choice");
      if (!id) continue;
      choice.id = *id;
      if (question.find_choice(choice.id)) {
        error(get(node, "id"), what + " has choice '" + choice.id + "' twice");
        continue;
      }
      choice.text = localized_field(node, "text", "choice '" + choice.id + "' of " + what, true);
      if (const YAML::Node exclusive = get(node, "exclusive"); exclusive.IsDefined()) {
        if (question.type != QuestionType::multi_choice)
          error(exclusive, "'exclusive' only applies to multi_choice questions");
        choice.exclusive = bool_field(node, "exclusive", false);
      }
      question.choices.push_back(std::move(choice));
    }
  }

  void read_rules(const YAML::Node& root) {
    const YAML::Node rules = get(root, "rules");
    if (!rules.IsDefined() || rules.IsNull()) return;  // a form may have no rules
    if (!rules.IsSequence()) {
      error(rules, "'rules' must be a list");
      return;
    }
    for (const YAML::Node& node : rules) {
      if (form_.rules.size() >= kMaxRules) {
        error(node, "a form may have at most 500 rules");
        return;
      }
      if (!check_keys(node, {"flag", "severity", "when", "label", "staff_message", "patient_message"},
                      "a rule"))
        continue;
      Rule rule;
      rule.location = {yaml_file_, node.Mark().line + 1, node.Mark().column + 1};
      const auto flag = id_field(node, "flag", "flag");
      if (!flag) continue;
      rule.flag = *flag;
      if (form_.find_rule(rule.flag)) {
        error(get(node, "flag"), "flag code '" + rule.flag + "' is used by two rules");
        continue;
      }
      const std::string what = "rule '" + rule.flag + "'";
      if (auto severity = string_field(node, "severity", what, true)) {
        if (auto parsed = parse_severity(*severity))
          rule.severity = *parsed;
        else
          error(get(node, "severity"),
                "unknown severity '" + *severity + "' (expected stop, review or note)");
      }
      // Staff read a flag in their own language: its label on the queue and the record, its
      // message beside the answer that raised it.
      rule.label = localized_field(node, "label", what, true);
      for (const auto& [language, words] : rule.label)
        if (words.size() > kMaxFlagLabelLength)
          error(get(get(node, "label"), language), "the label of " + what + " in '" + language +
                                                       "' is too long for the queue; use at most " +
                                                       std::to_string(kMaxFlagLabelLength) + " letters");
      rule.staff_messages = localized_field(node, "staff_message", what, true);
      rule.staff_message = localized(rule.staff_messages, "en");
      rule.patient_message = localized_field(node, "patient_message", what, false);
      const YAML::Node when = get(node, "when");
      form_.rules.push_back(std::move(rule));
      if (!when.IsDefined() || when.IsNull())
        error(node, what + " needs 'when', the condition that raises the flag");
      else if (!when.IsScalar())
        error(when, "'when' must be an expression written as text");
      else
        queue_expression(when, form_.rules.size() - 1, /*is_rule=*/true);
    }
  }

  // ---- expressions ----------------------------------------------------------------------------
  // Expressions are checked after every question is known, so "unknown question" and "later
  // question" can be told apart. Indices, not pointers: the vectors may still grow.
  struct Queued {
    YAML::Mark mark;
    std::string source;
    bool quoted = false;
    std::size_t index = 0;
    bool is_rule = false;
  };
  void queue_expression(const YAML::Node& node, std::size_t index, bool is_rule) {
    queued_.push_back({node.Mark(), node.Scalar(), node.Tag() == "!", index, is_rule});
  }

  // Where in the file an offset inside the expression is: exact when the expression sits on
  // one line as written (the usual case), else the start of the value.
  YAML::Mark mark_for(const Queued& q, std::size_t offset) const {
    YAML::Mark mark = q.mark;
    if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= lines_.size()) return mark;
    const std::string_view line = lines_[mark.line];
    const std::size_t start = static_cast<std::size_t>(mark.column) + (q.quoted ? 1 : 0);
    if (start <= line.size() && line.substr(start, q.source.size()) == q.source)
      mark.column = static_cast<int>(start + offset);
    return mark;
  }

  void check_expressions() {
    std::set<std::string, std::less<>> flag_codes;
    for (const Rule& rule : form_.rules) flag_codes.insert(rule.flag);
    for (const Queued& q : queued_) {
      ExpressionError parse_error;
      auto expression = parse_expression(q.source, parse_error);
      if (!expression) {
        error_at(mark_for(q, parse_error.offset), "malformed expression: " + parse_error.message);
        continue;
      }
      std::vector<ExpressionError> problems;
      const CheckScope scope{form_, q.is_rule ? form_.questions.size() : q.index,
                             q.is_rule ? &flag_codes : nullptr};
      check_expression(*expression, scope, problems);
      for (const ExpressionError& problem : problems) error_at(mark_for(q, problem.offset), problem.message);
      if (!problems.empty()) continue;
      if (q.is_rule)
        form_.rules[q.index].when = std::move(*expression);
      else
        form_.questions[q.index].shown_when = std::move(*expression);
    }
  }

  void check_rule_cycles() {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    std::map<std::string, int> state;
    std::vector<std::string> path;
    std::function<void(const Rule&)> visit = [&](const Rule& rule) {
      state[rule.flag] = 1;
      path.push_back(rule.flag);
      for (const std::string& code : rule.when.flags) {
        const Rule* next = form_.find_rule(code);
        if (!next) continue;
        if (state[code] == 1) {
          std::string cycle;
          bool on = false;
          for (const std::string& step : path) {
            on = on || step == code;
            if (on) cycle += step + " -> ";
          }
          errors_.push_back({yaml_file_, next->location.line, next->location.column,
                             "flag '" + code + "' depends on itself through flagged(): " + cycle + code});
        } else if (state[code] == 0) {
          visit(*next);
        }
      }
      path.pop_back();
      state[rule.flag] = 2;
    };
    for (const Rule& rule : form_.rules)
      if (state[rule.flag] == 0) visit(rule);
  }

  // ---- documents ------------------------------------------------------------------------------
  void load_documents() {
    for (const char* kind : {"consent", "aftercare"}) {
      auto& target = std::string_view(kind) == "consent" ? form_.consent : form_.aftercare;
      // A form built on another may leave a document to its base entirely.
      if (base_ &&
          std::none_of(form_.languages.begin(), form_.languages.end(), [&](const std::string& language) {
            return documents_.count(std::string(kind) + "." + language + ".md") > 0;
          }))
        continue;
      std::string first_file;
      const Document* first = nullptr;
      for (const std::string& language : form_.languages) {
        const std::string name = std::string(kind) + "." + language + ".md";
        const std::string file = (folder_ / name).string();
        const auto it = documents_.find(name);
        if (it == documents_.end()) {
          file_error(file, "missing: the form declares language '" + language + "', so it needs this file");
          continue;
        }
        if (it->second.size() > kMaxFileBytes) {
          file_error(file, "the file is larger than 1 MB");
          continue;
        }
        const std::size_t before = errors_.size();
        std::string text = it->second;
        text = substitute_in_document(text, file);
        Document document = parse_document(text, file, language, errors_);
        if (errors_.size() != before) continue;
        target[language] = std::move(document);
        if (!first) {
          first = &target[language];
          first_file = name;
          continue;
        }
        compare_sections(*first, first_file, target[language], file);
      }
    }
  }

  std::string substitute_in_document(const std::string& text, const std::string& file) {
    // Same {window} placeholders as in form.yaml; a missing window is reported against the .md.
    std::string out;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') ++line;
      if (text[i] == '{' && i + 1 < text.size() && text[i + 1] != '#') {
        const std::size_t close = text.find('}', i);
        if (close != std::string::npos) {
          const std::string name = text.substr(i + 1, close - i - 1);
          if (is_valid_id(name)) {
            if (auto w = form_.windows.find(name); w != form_.windows.end())
              out += format_number(w->second);
            else
              errors_.push_back(
                  {file, line, 0, "text mentions {" + name + "}, which is not a window of this form"});
            i = close;
            continue;
          }
        }
      }
      out += text[i];
    }
    return out;
  }

  void compare_sections(const Document& first, const std::string& first_name, const Document& other,
                        const std::string& file) {
    std::vector<std::string> a, b;
    for (const auto& s : first.sections) a.push_back(s.id);
    for (const auto& s : other.sections) b.push_back(s.id);
    if (a == b) return;
    for (const std::string& id : a)
      if (std::find(b.begin(), b.end(), id) == b.end())
        file_error(file, "has no section {#" + id + "}, which " + first_name + " has");
    for (const auto& section : other.sections)
      if (std::find(a.begin(), a.end(), section.id) == a.end())
        errors_.push_back({file, section.line, 0, "section {#" + section.id + "} is not in " + first_name});
    std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    if (sa == sb) file_error(file, "sections are in a different order than in " + first_name);
  }

  std::filesystem::path folder_;
  std::string yaml_file_;
  const std::string& yaml_text_;
  const std::map<std::string, std::string>& documents_;
  std::vector<Diagnostic>& errors_;
  const BaseFormLoader& base_loader_;
  std::shared_ptr<const Form> base_;  // set when this form extends another
  FormExtension extension_;
  std::vector<std::string_view> lines_;
  std::vector<Queued> queued_;
  Form form_;
};

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxFileBytes + 1) break;  // enough to say it is too large
  }
  return text;
}

}  // namespace

FormLoadResult load_form_from_text(const std::string& yaml_text,
                                   const std::map<std::string, std::string>& documents,
                                   const std::filesystem::path& folder, const BaseFormLoader& base_loader) {
  FormLoadResult result;
  result.form = Loader(folder, yaml_text, documents, result.errors, base_loader).run();
  return result;
}

namespace {
FormLoadResult load_form_folder(const std::filesystem::path& folder, const BaseFormLoader& base_loader);
}  // namespace

FormLoadResult load_form(const std::filesystem::path& folder) {
  // The base is loaded without a base loader of its own: a form extends only a form that
  // extends nothing, so no chain or cycle of forms can form.
  const std::filesystem::path parent =
      folder.has_filename() ? folder.parent_path() : folder.parent_path().parent_path();
  const BaseFormLoader sibling = [&parent](std::string_view base_id) {
    return load_form_folder(parent / std::string(base_id), {});
  };
  return load_form_folder(folder, sibling);
}

namespace {
FormLoadResult load_form_folder(const std::filesystem::path& folder, const BaseFormLoader& base_loader) {
  FormLoadResult result;
  const std::filesystem::path yaml_path = folder / "form.yaml";
  const auto yaml_text = read_file(yaml_path);
  if (!yaml_text) {
    result.errors.push_back({yaml_path.string(), 0, 0, "cannot be read (missing, or no permission)"});
    return result;
  }
  std::map<std::string, std::string> documents;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    const bool document = name.size() > 3 && name.ends_with(".md") &&
                          (name.starts_with("consent.") || name.starts_with("aftercare."));
    if (!document) continue;
    if (auto text = read_file(entry.path()))
      documents[name] = std::move(*text);
    else
      result.errors.push_back({entry.path().string(), 0, 0, "cannot be read (no permission?)"});
  }
  if (!result.errors.empty()) return result;
  return load_form_from_text(*yaml_text, documents, folder, base_loader);
}
}  // namespace

}  // namespace intake::forms
