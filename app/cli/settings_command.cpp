// `settings list` and `settings set KEY VALUE`: the clinic's settings from a shell, checked and
// saved by the same core as staff mode's Settings screen (every change audited), e.g. the
// `printer` for patient copies, which the screen does not show.
#include <algorithm>
#include <ostream>

#include "cli/cli_actor.hpp"
#include "cli/cli_context.hpp"
#include "forms/form_catalog.hpp"
#include "kiosk/kiosk_settings.hpp"
#include "store/store.hpp"

namespace intake::cli {
namespace {

int usage(CliContext& context) {
  context.err << "usage: intake-kiosk settings list | set KEY VALUE\n"
                 "keys: ";
  for (const auto& key : kiosk_setting_keys()) context.err << key << " ";
  context.err << "\n";
  return kExitUsage;
}

// What this kiosk can offer: its forms, and the languages every one of them has.
SettingsChoices choices_of(const forms::FormCatalog& catalog) {
  SettingsChoices choices;
  for (const auto& form : catalog.forms) {
    choices.forms.push_back(form->id);
    for (const auto& language : form->languages)
      if (std::find(choices.languages.begin(), choices.languages.end(), language) == choices.languages.end())
        choices.languages.push_back(language);
  }
  return choices;
}

}  // namespace

int run_settings_command(CliContext& context, const CommandArgs& args) {
  const bool list = args.size() == 1 && args[0] == "list";
  const bool set = args.size() == 3 && args[0] == "set";
  if (!list && !set) return usage(context);
  auto store = store::open_store(context.paths, context.clock);
  if (!store) {
    context.err << "intake-kiosk: " << store.error().message << "\n";
    return store.error().code;
  }
  auto loaded = load_kiosk_settings(*store);
  if (!loaded) {
    context.err << "intake-kiosk: " << loaded.error().message << "\n";
    return loaded.error().code;
  }
  for (const auto& problem : loaded->problems) context.err << "intake-kiosk: " << problem << "\n";
  if (list) {
    for (const auto& [key, value] : kiosk_setting_values(loaded->settings))
      context.out << key << "=" << value << "\n";
    return kExitOk;
  }
  const std::string& key = args[1];
  const std::string& value = args[2];
  const SettingsChoices choices = choices_of(forms::load_form_catalog(context.paths.forms_dir));
  if (std::string problem = check_kiosk_setting(key, value, choices); !problem.empty()) {
    context.err << "intake-kiosk: " << problem << "\n";
    return kExitUsage;
  }
  KioskSettings settings = loaded->settings;
  set_kiosk_setting(settings, key, value);
  auto saved = save_kiosk_settings(*store, settings, choices, context.actor);
  if (!saved) {
    context.err << "intake-kiosk: " << saved.error().message << "\n";
    return saved.error().code;
  }
  context.out << (*saved > 0 ? "saved " : "unchanged ") << key << "\n";
  return kExitOk;
}

}  // namespace intake::cli
