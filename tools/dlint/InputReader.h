#pragma once
// Reads one input into memory, refusing what is not a regular file (a FIFO would block, a
// device may never end) and anything over the size limit, before reading a byte of it.

#include "tools/dlint/Discovery.h"

#include <cstdint>
#include <string>
#include <variant>

namespace dlint::cli {

/// Why an input could not be read, as a complete sentence for `dlint: error: ...`.
struct ReadError {
  std::string message;
};

using ReadResult = std::variant<std::string, ReadError>;

/// Reads `input` (a file, or standard input when `input.isStdin`). Inputs larger than
/// `maxBytes` are refused; a file's size is checked before it is opened for reading.
ReadResult readInput(const Input& input, std::uint64_t maxBytes);

} // namespace dlint::cli
