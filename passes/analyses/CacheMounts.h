#pragma once
// `RUN --mount=type=cache|tmpfs,target=...`: a cache or tmpfs mount on a package manager's cache
// directory keeps the cache out of the layer, so advice to clean it is moot. Bind, secret and
// ssh mounts do not count.

#include <string>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"

namespace dlint::passes {

/// The targets of a RUN's cache and tmpfs mounts, in flag order. `$HOME` and `${HOME}` at the
/// start of a target are read as /root (the home of the user a build runs as by default).
std::vector<std::string> cacheMountTargets(const ast::Instruction& run);

/// True when `run` mounts a cache or tmpfs on `path` or on a directory above it.
bool hasCacheMountOn(const ast::Instruction& run, std::string_view path);

/// True when `run` mounts a cache or tmpfs on `<home>/<relative>` or a directory above it (up to
/// the home itself) for root or any /home/<user>, or on any directory ending in `/<relative>`:
/// hasCacheMountOnHome(run, ".cache/pip") accepts `/root/.cache/pip`, `$HOME/.cache`,
/// `/home/app/.cache/pip` and `/opt/app/.cache/pip`.
bool hasCacheMountOnHome(const ast::Instruction& run, std::string_view relative);

} // namespace dlint::passes
