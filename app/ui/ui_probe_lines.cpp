#include "ui/ui_probe_lines.hpp"

#include <cmath>

namespace intake::ui {

namespace {

void append_rect(std::string& out, const ProbeRect& rect) {
  for (float value : {rect.x0, rect.y0, rect.x1, rect.y1}) {
    out += std::to_string(std::lround(value));
    out += ' ';
  }
}

void append_escaped(std::string& out, const std::string& text) {
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\\')
      out += "\\\\";
    else
      out += c;
  }
}

}  // namespace

std::string probe_lines(const UiProbe& probe) {
  std::string out;
  for (const auto& item : probe.items) {
    out += "item ";
    out += item.enabled ? 'e' : '-';
    out += item.selected ? 's' : '-';
    out += item.visible ? 'v' : '-';
    out += ' ';
    append_rect(out, item.rect);
    append_escaped(out, item.id_path);
    out += '\t';
    append_escaped(out, item.label);
    out += '\n';
  }
  for (const auto& text : probe.texts) {
    out += "text ";
    append_rect(out, text.rect);
    append_escaped(out, text.text);
    out += '\n';
  }
  return out;
}

}  // namespace intake::ui
