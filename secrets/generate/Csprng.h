#pragma once
// Cryptographically secure random bytes from the kernel (getrandom(2)), unbiased indices by
// rejection sampling, and random strings over an alphabet. There is no fallback to a weaker
// generator: when getrandom fails for any reason other than EINTR, this throws.

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace dlint::secrets::generate {

/// getrandom(2) could not deliver; the message says why (e.g. ENOSYS on a pre-3.17 kernel).
class RandomError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// The signature of getrandom(2), so tests can stand in a fake that fails or reads short.
using GetrandomFunction = ssize_t (*)(void* buffer, std::size_t size, unsigned int flags);

/// Fills `size` bytes at `data` from `getrandom` (flags 0: blocks only until the kernel's pool
/// is first initialised). Retries on EINTR and continues after short reads; throws RandomError
/// on any other failure.
void fillRandomBytes(unsigned char* data, std::size_t size, GetrandomFunction getrandom);
/// The same with the real getrandom(2).
void fillRandomBytes(unsigned char* data, std::size_t size);

/// Where a RandomStream gets its bytes: the kernel in production, a script in tests.
using ByteSource = std::function<void(unsigned char* data, std::size_t size)>;

/// Buffered random bytes (one system call per 256 bytes rather than per character) and
/// uniform integers drawn from them. The buffer is wiped when refilled and on destruction.
class RandomStream {
public:
  RandomStream(); ///< reads from getrandom(2)
  explicit RandomStream(ByteSource source);
  ~RandomStream();
  RandomStream(const RandomStream&) = delete;
  RandomStream& operator=(const RandomStream&) = delete;

  unsigned char nextByte();
  /// A uniformly distributed integer in [0, bound); bound must be at least 1. Bounds up to 256
  /// use one byte per try, larger ones four; draws at or above the largest multiple of `bound`
  /// are rejected and redrawn, so no value is more likely than another (no modulo bias).
  std::uint32_t uniformIndex(std::uint32_t bound);

private:
  ByteSource source_;
  std::array<unsigned char, 256> buffer_{};
  std::size_t used_ = buffer_.size();
};

/// `length` characters drawn uniformly and independently from `alphabet` (1..256 distinct
/// characters; the caller guarantees distinctness).
std::string randomString(std::size_t length, std::string_view alphabet, RandomStream& stream);

/// Overwrites a buffer that held a secret, in a way the compiler may not optimise away.
void wipe(std::string& secret);

} // namespace dlint::secrets::generate
