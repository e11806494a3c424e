#pragma once
// Writes one secret to DIR/NAME.txt the way Docker and compose secrets expect it, safely:
// the directory is 0700 (created so when missing), the file 0600, and the file appears
// atomically (a temporary file in the same directory, created O_EXCL with mode 0600, written,
// fsync'ed, then renamed into place; the directory is fsync'ed after). An existing file is
// never touched unless the caller forces replacement, and then it is replaced atomically:
// a reader sees the old content or the new, never a mix. The umask cannot widen either mode.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dlint::secrets::generate {

/// A system call failed; the message names the path and the system's reason.
class SecretFileError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Why `name` cannot name a secret, or nullopt when it can. A name is 1-200 characters from
/// [A-Za-z0-9._-], does not start with '.' or '-', and does not contain "..".
std::optional<std::string> invalidSecretNameReason(std::string_view name);

/// The file name a secret called `name` is stored under: NAME.txt.
std::string secretFileName(std::string_view name);

/// What is at the secrets directory's path before anything is written.
struct DirectoryState {
  bool exists = false;
  unsigned mode = 0; ///< permission bits when it exists (e.g. 0755)
};
/// Throws SecretFileError when the path exists but is not a directory, or cannot be examined.
DirectoryState inspectSecretDirectory(const std::string& directory);

/// Whether DIR/fileName exists (as anything, even a dangling symlink).
bool secretFileExists(const std::string& directory, std::string_view fileName);

enum class WriteOutcome {
  Created,      ///< there was no file; now there is
  Replaced,     ///< `force` replaced an existing file
  AlreadyExists ///< not written: the file exists and `force` was not given; it is untouched
};

struct WriteResult {
  WriteOutcome outcome = WriteOutcome::Created;
  bool createdDirectory = false;
};

/// Writes `value` to DIR/fileName as described above. Throws SecretFileError on failure, after
/// removing its temporary file, so no partial or stray file is left behind (and RandomError
/// when no random bytes are available for the temporary name).
WriteResult writeSecretFile(const std::string& directory, std::string_view fileName,
                            std::string_view value, bool force);

} // namespace dlint::secrets::generate
