#pragma once
// Writes a fixed file so that a reader never sees half of it and a crash never loses it: a
// temporary file in the same folder, fsync, then rename over the original (and fsync the folder).

#include <optional>
#include <string>
#include <string_view>

namespace dlint::fix {

/// Replaces the file at `path` by `newText`, keeping its mode (and its owner when run as
/// root). Refuses, without writing, a file that is read-only or whose bytes are no longer
/// `expectedOld` (changed on disk since dlint read it). A symbolic link is followed: the file
/// it points to is replaced, the link stays. Returns an error sentence, or nullopt on success.
std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view expectedOld,
                                               std::string_view newText);

} // namespace dlint::fix
