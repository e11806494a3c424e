#pragma once
// What the bench's parts share: an input file held in memory, and the thread's CPU clock.

#include <ctime>
#include <string>

namespace dlint::bench {

struct NamedText {
  std::string name;
  std::string bytes;
};

/// CPU time of the calling thread: the machine is shared, so wall time also counts others.
inline double threadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

} // namespace dlint::bench
