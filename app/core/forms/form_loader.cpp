// Loads and validates one form folder. Every problem becomes a Diagnostic with the file, line
// and column a person editing the YAML can go to; loading goes on after a problem so that one
// `forms check` run lists them all. Nothing here throws out: yaml-cpp's exceptions are caught
// at the boundary and turned into messages. The steps of reading live in the files
// form_reader.hpp lists.
#include "forms/form_loader.hpp"

#include <fstream>

#include <yaml-cpp/depthguard.h>

#include "forms/form_reader.hpp"
#include "forms/text_checks.hpp"

namespace intake::forms {

FormReader::FormReader(const std::filesystem::path& folder, const std::string& yaml_text,
                       const std::map<std::string, std::string>& documents, std::vector<Diagnostic>& errors,
                       const BaseFormLoader& base_loader)
    : YamlFields((folder / "form.yaml").string(), errors),
      folder_(folder),
      yaml_text_(yaml_text),
      documents_(documents),
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

std::shared_ptr<const Form> FormReader::run() {
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
                       e.mark.column >= 0 ? e.mark.column + 1 : 0, "YAML is nested too deeply to be a form"});
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

namespace {

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
  result.form = FormReader(folder, yaml_text, documents, result.errors, base_loader).run();
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
