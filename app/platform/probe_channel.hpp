#pragma once
// --probe-fd FD: a socket on which a driving process (the end-to-end tests) asks the running
// kiosk what it shows, so it can wait for a screen instead of sleeping. One request a line:
//   probe                 answer: the settled screen's probe lines (ui_probe_lines.hpp), then "end"
//   screenshot FILE.png   the same, after writing the settled screen to FILE.png
//   probe now             the probe lines of the next frame drawn, settled or not (a finger
//                         held down keeps the kiosk drawing)
// Answers come after the next frame that needs no other (animations done, no work pending).
// The probe can hold what a patient typed: it goes over this socket only, never to a file.
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace intake {

struct ProbeRequest {
  std::string screenshot_path;  // empty: no screenshot
  bool now = false;             // answer after the next frame even if it is not settled
};

class ProbeChannel {
 public:
  // Reads requests on its own thread and calls wake (thread-safe) when one arrives.
  ProbeChannel(int fd, std::function<void()> wake);
  ~ProbeChannel();
  ProbeChannel(const ProbeChannel&) = delete;
  ProbeChannel& operator=(const ProbeChannel&) = delete;

  bool pending() const { return pending_.load(); }
  // The request, if there is one and this frame may answer it (settled, or it asked for now).
  std::optional<ProbeRequest> take(bool settled);
  // Sends body (probe lines, possibly a "problem ..." line first) followed by "end".
  void answer(const std::string& body);

 private:
  void read_requests();

  int fd_;
  std::function<void()> wake_;
  std::mutex mutex_;
  std::optional<ProbeRequest> request_;
  std::atomic<bool> pending_{false};
  std::thread reader_;
};

}  // namespace intake
