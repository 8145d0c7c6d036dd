#include "kiosk_probe.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace intake::testing {

KioskProbe::KioskProbe() {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    throw std::runtime_error("socketpair failed");
  test_fd_ = fds[0];
  // The kiosk's end must survive exec: no close-on-exec on it.
  kiosk_fd_ = dup(fds[1]);
  close(fds[1]);
  if (kiosk_fd_ < 0) throw std::runtime_error("dup failed");
}

KioskProbe::~KioskProbe() {
  close_kiosk_end();
  if (test_fd_ >= 0) close(test_fd_);
}

void KioskProbe::close_kiosk_end() {
  if (kiosk_fd_ >= 0) close(kiosk_fd_);
  kiosk_fd_ = -1;
}

std::string KioskProbe::ask(const std::string& request, const std::string& what,
                            std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const auto fail = [&](const std::string& why) {
    return std::runtime_error("waiting for " + what + ": the kiosk " + why + " (request '" + request + "', " +
                              std::to_string(timeout.count()) + " ms)");
  };
  const std::string line = request + "\n";
  if (send(test_fd_, line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size()))
    throw fail("did not take the request (has it exited?)");
  while (true) {
    // The answer ends with a line "end" (every other line starts with "item", "text" or "problem").
    std::size_t end = buffered_.rfind("end\n", 0) == 0 ? 0 : buffered_.find("\nend\n");
    if (end != std::string::npos) {
      if (end > 0) ++end;  // keep the last line's line break
      std::string answer = buffered_.substr(0, end);
      buffered_.erase(0, end + 4);
      if (answer.rfind("problem ", 0) == 0) throw fail("answered: " + answer.substr(0, answer.find('\n')));
      return answer;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw fail("did not answer in time");
    pollfd readable{test_fd_, POLLIN, 0};
    const int ready = poll(&readable, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    char chunk[65536];
    const ssize_t n = read(test_fd_, chunk, sizeof chunk);
    if (n <= 0) throw fail("closed its probe socket (has it exited?)");
    buffered_.append(chunk, static_cast<std::size_t>(n));
  }
}

namespace {

struct ProbeLine {
  std::string kind;  // "item <flags>" or "text"
  std::vector<long> rect;
  std::string rest;
  std::string whole;
};

// Numbers in a label or text are compared as "#": a minute boundary between the twin's tap and
// the kiosk's ("Initialled at 15:41" / "15:42"), or a scroll position a few pixels apart ("99%
// read" / "100% read"), is the same screen. Words, typed text and every item's state still count.
std::string without_numbers(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      out += '#';
      while (i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<ProbeLine> parse(const std::string& lines) {
  std::vector<ProbeLine> parsed;
  std::istringstream in(lines);
  std::string whole;
  while (std::getline(in, whole)) {
    ProbeLine line;
    line.whole = whole;
    std::istringstream words(whole);
    words >> line.kind;
    if (line.kind == "item") {
      std::string flags;
      words >> flags;
      line.kind += " " + flags;
    }
    for (int i = 0; i < 4; ++i) {
      long value = 0;
      words >> value;
      line.rect.push_back(value);
    }
    words.get();  // the space before the text
    std::getline(words, line.rest, '\0');
    line.rest = without_numbers(line.rest);
    parsed.push_back(std::move(line));
  }
  return parsed;
}

bool same_rect(const ProbeLine& a, const ProbeLine& b, int tolerance) {
  for (int k = 0; k < 4; ++k)
    if (std::labs(a.rect[k] - b.rect[k]) > tolerance) return false;
  return true;
}

}  // namespace

std::string probe_difference(const std::string& real, const std::string& twin) {
  std::vector<ProbeLine> real_items, twin_items, real_texts, twin_texts;
  for (auto& line : parse(real)) (line.kind == "text" ? real_texts : real_items).push_back(std::move(line));
  for (auto& line : parse(twin)) (line.kind == "text" ? twin_texts : twin_items).push_back(std::move(line));
  // The same items (listed whether scrolled into view or not) in the same order, each enabled
  // and selected alike. Where they are is not compared: the end of a drag can leave the real
  // kiosk's scroll position tens of pixels from the twin's (its frames fall at other moments,
  // so the finger's last speed differs); a tap at the twin's centre still lands on the item.
  if (real_items.size() != twin_items.size())
    return "the kiosk shows " + std::to_string(real_items.size()) + " items, the twin " +
           std::to_string(twin_items.size()) + " (kiosk's first: '" +
           (real_items.empty() ? std::string("none") : real_items.front().whole) + "', twin's: '" +
           (twin_items.empty() ? std::string("none") : twin_items.front().whole) + "')";
  for (std::size_t i = 0; i < real_items.size(); ++i)
    if (real_items[i].rest != twin_items[i].rest ||
        real_items[i].kind.substr(0, 7) != twin_items[i].kind.substr(0, 7))
      return "kiosk '" + real_items[i].whole + "', twin '" + twin_items[i].whole + "'";
  // What a field shows (the text drawn over an item, e.g. what was typed) must be there too.
  // Other texts are not compared: scrolled a little apart, a line more or less is in view.
  for (const auto& text : twin_texts) {
    bool over_item = false;
    for (const auto& item : twin_items) over_item = over_item || same_rect(text, item, 1);
    if (!over_item) continue;
    bool shown = false;
    for (const auto& other : real_texts) shown = shown || other.rest == text.rest;
    if (!shown) return "the kiosk does not show the twin's field text '" + text.whole + "'";
  }
  return {};
}

}  // namespace intake::testing
