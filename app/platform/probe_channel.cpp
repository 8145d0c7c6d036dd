#include "platform/probe_channel.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace intake {

ProbeChannel::ProbeChannel(int fd, std::function<void()> wake)
    : fd_(fd), wake_(std::move(wake)), reader_([this] { read_requests(); }) {}

ProbeChannel::~ProbeChannel() {
  // Ends the reader's blocking read (a socket; for anything else the peer closing does).
  shutdown(fd_, SHUT_RDWR);
  reader_.join();
  close(fd_);
}

void ProbeChannel::read_requests() {
  std::string buffered;
  char chunk[512];
  while (true) {
    const ssize_t n = read(fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    buffered.append(chunk, static_cast<std::size_t>(n));
    std::size_t end;
    while ((end = buffered.find('\n')) != std::string::npos) {
      const std::string line = buffered.substr(0, end);
      buffered.erase(0, end + 1);
      ProbeRequest request;
      if (line.rfind("screenshot ", 0) == 0)
        request.screenshot_path = line.substr(11);
      else if (line == "probe now")
        request.now = true;
      else if (line != "probe")
        continue;  // unknown requests are ignored, not guessed at
      {
        std::lock_guard lock(mutex_);
        request_ = std::move(request);
      }
      pending_.store(true);
      wake_();
    }
  }
}

std::optional<ProbeRequest> ProbeChannel::take(bool settled) {
  std::lock_guard lock(mutex_);
  if (!request_ || !(settled || request_->now)) return std::nullopt;
  pending_.store(false);
  std::optional<ProbeRequest> request = std::move(request_);
  request_.reset();
  return request;
}

void ProbeChannel::answer(const std::string& body) {
  const std::string message = body + "end\n";
  std::size_t sent = 0;
  while (sent < message.size()) {
    // MSG_NOSIGNAL: a driver that went away must not kill the kiosk with SIGPIPE.
    const ssize_t n = send(fd_, message.data() + sent, message.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

}  // namespace intake
