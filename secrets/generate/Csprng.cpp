#include "secrets/generate/Csprng.h"

#include <cerrno>
#include <cstring>
#include <string.h> // explicit_bzero
#include <sys/random.h>
#include <utility>

namespace dlint::secrets::generate {

void fillRandomBytes(unsigned char* data, std::size_t size, GetrandomFunction getrandom) {
  std::size_t filled = 0;
  while (filled < size) {
    ssize_t got = getrandom(data + filled, size - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue; // a signal arrived before any byte was copied
      const int error = errno;
      explicit_bzero(data, size);
      throw RandomError(std::string("cannot read random bytes from getrandom(2): ") +
                        std::strerror(error));
    }
    if (got == 0) {
      // Never seen in practice; looping on it would spin forever.
      explicit_bzero(data, size);
      throw RandomError("cannot read random bytes from getrandom(2): it returned no data");
    }
    filled += static_cast<std::size_t>(got); // a short read: ask for the rest
  }
}

void fillRandomBytes(unsigned char* data, std::size_t size) {
  fillRandomBytes(data, size, ::getrandom);
}

RandomStream::RandomStream()
    : source_([](unsigned char* data, std::size_t size) { fillRandomBytes(data, size); }) {}

RandomStream::RandomStream(ByteSource source) : source_(std::move(source)) {}

RandomStream::~RandomStream() {
  explicit_bzero(buffer_.data(), buffer_.size());
}

unsigned char RandomStream::nextByte() {
  if (used_ == buffer_.size()) {
    source_(buffer_.data(), buffer_.size());
    used_ = 0;
  }
  unsigned char byte = buffer_[used_];
  buffer_[used_++] = 0; // a byte is handed out once and not kept
  return byte;
}

std::uint32_t RandomStream::uniformIndex(std::uint32_t bound) {
  if (bound <= 1) return 0;
  if (bound <= 256) {
    // Accept bytes below the largest multiple of `bound` that fits in 256 values.
    const unsigned limit = 256u - (256u % bound);
    for (;;) {
      const unsigned byte = nextByte();
      if (byte < limit) return static_cast<std::uint32_t>(byte % bound);
    }
  }
  const std::uint64_t range = std::uint64_t{1} << 32;
  const std::uint64_t limit = range - (range % bound);
  for (;;) {
    std::uint64_t value = 0;
    for (int i = 0; i < 4; ++i)
      value = (value << 8) | nextByte();
    if (value < limit) return static_cast<std::uint32_t>(value % bound);
  }
}

std::string randomString(std::size_t length, std::string_view alphabet, RandomStream& stream) {
  if (alphabet.empty() || alphabet.size() > 256)
    throw std::invalid_argument("randomString: the alphabet must have 1 to 256 characters");
  const auto bound = static_cast<std::uint32_t>(alphabet.size());
  std::string result(length, '\0');
  for (char& c : result)
    c = alphabet[stream.uniformIndex(bound)];
  return result;
}

void wipe(std::string& secret) {
  explicit_bzero(secret.data(), secret.size());
  secret.clear();
}

} // namespace dlint::secrets::generate
