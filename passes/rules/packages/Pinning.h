#pragma once
// The shared walk of the version-pinning rules (DF430-DF438): every install command of one
// package manager, every package operand (with ARG and ENV values resolved), and the manager's
// own idea of what a pinned operand looks like.

#include <optional>
#include <string>
#include <string_view>

#include "passes/Rule.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules::packages {

/// What one manager's pinning rule needs to know.
struct PinningPolicy {
  /// True for the manager's install command (`apt-get install`, `apk add`, ...).
  bool (*isInstall)(const ToolInvocation& call) = nullptr;
  /// True when the command pins every operand at once (`gem install x -v 1`, `pip -c constraints`).
  bool (*pinsAll)(const ToolInvocation& call) = nullptr;
  /// The finding's message for an unpinned operand; nullopt when the operand is pinned or does not
  /// name a registry package (a path, a URL, a local archive).
  std::optional<std::string> (*problem)(const ToolInvocation& call, std::string_view operand) = nullptr;
  /// True when only the first operand names a package (`go run pkg@v args...`).
  bool (*firstOperandOnly)(const ToolInvocation& call) = nullptr;
};

/// Reports every unpinned operand of the policy's install commands, in every stage.
void reportUnpinnedPackages(RuleContext& context, const RuleInfo& rule, const PinningPolicy& policy);

/// Operand shapes that name no registry package: `.`, `./dir`, `/tmp/x`, `~/x`, URLs, VCS specs.
bool isPathOrUrl(std::string_view operand);
/// yum and dnf: the message for an operand that names a package without a version
/// (`name-<version>[-<release>][.<arch>]` pins it); nullopt for pinned operands, paths, URLs,
/// `.rpm` files, `@group`/`@module:stream` and capabilities such as `perl(JSON)`.
std::optional<std::string> rpmProblem(std::string_view operand);

/// `'name' is not pinned to a version: write 'name<example>'`.
std::string notPinned(std::string_view operand, std::string_view example);

} // namespace dlint::passes::rules::packages
