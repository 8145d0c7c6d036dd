#include "fhir/questionnaire.hpp"

#include <cctype>
#include <cmath>
#include <optional>

#include "fhir/fhir_answers.hpp"

namespace intake::fhir {

using nlohmann::json;

namespace {

constexpr const char* kTranslation = "http://hl7.org/fhir/StructureDefinition/translation";

// Sets `field` to the default language's text and `_field` to the other languages' texts.
void set_text(json& element, const std::string& field, const forms::LocalizedText& text,
              const forms::Form& form) {
  if (text.empty()) return;
  element[field] = forms::localized(text, form.languages.front());
  json translations = json::array();
  for (std::size_t i = 1; i < form.languages.size(); ++i) {
    const std::string& language = form.languages[i];
    auto found = text.find(language);
    if (found == text.end() || found->second.empty()) continue;
    translations.push_back(
        {{"url", kTranslation},
         {"extension", json::array({{{"url", "lang"}, {"valueCode", language}},
                                    {{"url", "content"}, {"valueString", found->second}}})}});
  }
  if (!translations.empty()) element["_" + field] = {{"extension", translations}};
}

// A Questionnaire.name is a computable name: [A-Z][A-Za-z0-9_]*.
std::string computable_name(const std::string& id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    name.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    upper = false;
  }
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) name = "Form" + name;
  return name;
}

struct EnableWhenMapper {
  const forms::Form& form;
  const FhirOptions& options;

  const forms::Question* question(const forms::ExprNode& node) const {
    if (node.kind != forms::ExprNode::Kind::question) return nullptr;
    return form.find_question(node.text);
  }

  json coding(const forms::Question& q, const std::string& choice) const {
    return {{"system", options.choice_system(form.id, q.id)}, {"code", choice}};
  }

  std::optional<json> literal_answer(const forms::Question& q, const forms::ExprNode& node) const {
    using K = forms::ExprNode::Kind;
    switch (node.kind) {
      case K::boolean: return json{{"answerBoolean", node.bool_value}};
      case K::number:
        if (is_integer_question(q) && std::floor(node.number) == node.number)
          return json{{"answerInteger", static_cast<std::int64_t>(node.number)}};
        return json{{"answerDecimal", node.number}};
      case K::date: return json{{"answerDate", to_iso(node.date)}};
      case K::name:
      case K::string:
        if (q.type == forms::QuestionType::single_choice || q.type == forms::QuestionType::multi_choice)
          return json{{"answerCoding", coding(q, node.text)}};
        return json{{"answerString", node.text}};
      default: return std::nullopt;
    }
  }

  static const char* op(forms::CompareOp op) {
    switch (op) {
      case forms::CompareOp::eq: return "=";
      case forms::CompareOp::ne: return "!=";
      case forms::CompareOp::lt: return "<";
      case forms::CompareOp::le: return "<=";
      case forms::CompareOp::gt: return ">";
      case forms::CompareOp::ge: return ">=";
    }
    return "=";
  }

  // Conditions for one term; `any` says whether they combine with "any" (has_any) or need "all".
  bool term(const forms::ExprNode& node, json& out, bool& any_needed) const {
    using K = forms::ExprNode::Kind;
    if (const forms::Question* q = question(node); q && q->type == forms::QuestionType::yes_no) {
      out.push_back({{"question", q->id}, {"operator", "="}, {"answerBoolean", true}});
      return true;
    }
    if (node.kind == K::logical_not && node.children.size() == 1)
      if (const forms::Question* q = question(node.children[0]);
          q && q->type == forms::QuestionType::yes_no) {
        out.push_back({{"question", q->id}, {"operator", "="}, {"answerBoolean", false}});
        return true;
      }
    if (node.kind == K::answered && node.children.size() == 1)
      if (const forms::Question* q = question(node.children[0])) {
        out.push_back({{"question", q->id}, {"operator", "exists"}, {"answerBoolean", true}});
        return true;
      }
    if (node.kind == K::has_any && node.children.size() == 2 && node.children[1].kind == K::list)
      if (const forms::Question* q = question(node.children[0])) {
        for (const forms::ExprNode& choice : node.children[1].children)
          out.push_back({{"question", q->id}, {"operator", "="}, {"answerCoding", coding(*q, choice.text)}});
        any_needed = node.children[1].children.size() > 1;
        return !node.children[1].children.empty();
      }
    if (node.kind == K::compare && node.children.size() == 2)
      if (const forms::Question* q = question(node.children[0]))
        if (auto answer = literal_answer(*q, node.children[1])) {
          json condition = {{"question", q->id}, {"operator", op(node.op)}};
          condition.update(*answer);
          out.push_back(condition);
          return true;
        }
    return false;
  }

  // enableWhen + enableBehavior for an expression, or nullopt when it does not map.
  std::optional<std::pair<json, std::string>> map(const forms::ExprNode& root) const {
    using K = forms::ExprNode::Kind;
    json conditions = json::array();
    bool any_needed = false;
    if (root.kind == K::logical_and || root.kind == K::logical_or) {
      std::vector<const forms::ExprNode*> terms;
      collect(root, root.kind, terms);
      for (const forms::ExprNode* node : terms) {
        bool term_any = false;
        if (!term(*node, conditions, term_any)) return std::nullopt;
        if (term_any && root.kind == K::logical_and) return std::nullopt;  // (a or b) and c
      }
      return std::pair{conditions, std::string(root.kind == K::logical_and ? "all" : "any")};
    }
    if (!term(root, conditions, any_needed)) return std::nullopt;
    return std::pair{conditions, std::string(any_needed ? "any" : "all")};
  }

  static void collect(const forms::ExprNode& node, forms::ExprNode::Kind kind,
                      std::vector<const forms::ExprNode*>& out) {
    if (node.kind != kind) {
      out.push_back(&node);
      return;
    }
    for (const forms::ExprNode& child : node.children) collect(child, kind, out);
  }
};

json question_item(const forms::Form& form, const forms::Question& question, const FhirOptions& options,
                   std::vector<std::string>& notes) {
  json item = {{"linkId", question.id}};
  set_text(item, "text", question.text, form);
  item["type"] = questionnaire_item_type(question);
  item["required"] = question.required;
  if (question.type == forms::QuestionType::multi_choice) item["repeats"] = true;
  if (question.type == forms::QuestionType::short_text || question.type == forms::QuestionType::long_text)
    item["maxLength"] = question.max_length                                ? question.max_length
                        : question.type == forms::QuestionType::short_text ? forms::kDefaultShortTextLength
                                                                           : forms::kDefaultLongTextLength;
  if (!question.choices.empty()) {
    json options_json = json::array();
    for (const forms::Choice& choice : question.choices) {
      json coding = {{"system", options.choice_system(form.id, question.id)}, {"code", choice.id}};
      set_text(coding, "display", choice.text, form);
      options_json.push_back({{"valueCoding", coding}});
    }
    item["answerOption"] = options_json;
  }
  json sub_items = json::array();
  if (!question.help.empty()) {
    json help = {
        {"linkId", question.id + ".help"},
        {"type", "display"},
        {"extension",
         json::array(
             {{{"url", "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"},
               {"valueCodeableConcept",
                {{"coding", json::array({{{"system", "http://hl7.org/fhir/questionnaire-item-control"},
                                          {"code", "help"}}})}}}}})}};
    set_text(help, "text", question.help, form);
    sub_items.push_back(help);
  }
  if (!sub_items.empty()) item["item"] = sub_items;
  if (question.shown_when) {
    EnableWhenMapper mapper{form, options};
    if (auto mapped = mapper.map(question.shown_when->root)) {
      item["enableWhen"] = mapped->first;
      if (mapped->first.size() > 1) item["enableBehavior"] = mapped->second;
    } else {
      item["extension"] = json::array({{{"url", options.extension("shown-when-unmapped")},
                                        {"valueString", question.shown_when->source}}});
      notes.push_back("Question " + question.id + " is shown only when \"" + question.shown_when->source +
                      "\"; FHIR enableWhen cannot express that, so the Questionnaire always shows it "
                      "(the rule travels in the shown-when-unmapped extension).");
    }
  }
  return item;
}

}  // namespace

QuestionnaireExport form_questionnaire(const forms::Form& form, const FhirOptions& options) {
  QuestionnaireExport out;
  json q = {{"resourceType", "Questionnaire"},
            {"url", options.questionnaire_url(form.id)},
            {"identifier", json::array({{{"system", options.system_base + "/form-id"}, {"value", form.id}}})},
            {"version", form.version},
            {"name", computable_name(form.id)}};
  set_text(q, "title", form.title, form);
  q["status"] = "active";
  q["language"] = form.languages.front();
  q["subjectType"] = json::array({"Patient"});
  json items = json::array();
  for (const forms::Page& page : form.pages) {
    json group = {{"linkId", page.id}, {"type", "group"}};
    set_text(group, "text", page.title, form);
    json questions = json::array();
    for (const std::string& id : page.question_ids)
      if (const forms::Question* question = form.find_question(id))
        questions.push_back(question_item(form, *question, options, out.notes));
    group["item"] = questions;
    items.push_back(group);
  }
  q["item"] = items;
  out.questionnaire = std::move(q);
  return out;
}

}  // namespace intake::fhir
