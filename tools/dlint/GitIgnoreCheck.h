#pragma once
// Asks git whether a path is ignored, by running `git -C DIR check-ignore -q -- NAME`. Used to
// warn when a secret (or a .env file) would be committed.

#include <optional>
#include <string>

namespace dlint::cli {

/// true: git ignores DIR/name; false: it does not; nullopt: no answer (git is not installed,
/// DIR is not inside a git work tree, or git failed). No shell is involved and git's own
/// output is discarded.
std::optional<bool> isGitIgnored(const std::string& directory, const std::string& name);

} // namespace dlint::cli
