#include "cli/command_line.hpp"

#include "cli/command_table.hpp"

namespace intake::cli {

CommandLine parse_command_line(const std::vector<std::string>& argv) {
  CommandLine line;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& word = argv[i];
    auto take_value = [&](std::optional<std::filesystem::path>& target) {
      if (i + 1 >= argv.size()) {
        line.error = word + " needs a directory";
        return;
      }
      target = argv[++i];
    };
    if (word == "--data-dir") {
      take_value(line.data_dir);
    } else if (word.starts_with("--data-dir=")) {
      line.data_dir = word.substr(11);
    } else if (word == "--forms-dir") {
      take_value(line.forms_dir);
    } else if (word.starts_with("--forms-dir=")) {
      line.forms_dir = word.substr(12);
    } else if (word == "--help" || word == "-h") {
      line.help = true;
    } else if (!line.command && find_command(word) != nullptr) {
      line.command = word;
      line.args.assign(argv.begin() + static_cast<long>(i) + 1, argv.end());
      return line;
    } else {
      line.args.push_back(word);  // a kiosk option such as --windowed 1280x800
    }
    if (!line.error.empty()) return line;
  }
  return line;
}

}  // namespace intake::cli
