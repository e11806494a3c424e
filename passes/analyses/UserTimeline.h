#pragma once
// The effective USER at every instruction of every stage, inherited through `FROM <stage>`.
// USER values are expanded as BuildKit does, with the stage's ENV values and ARG defaults
// (a default build); a value that depends on anything else stays unresolved.

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "passes/AnalysisManager.h"

namespace dlint::passes {

struct EffectiveUser {
  /// The USER in force, or null while the base image's own user is (or the user is ambiguous).
  const ast::ValueInstruction* setBy = nullptr;
  std::string user; ///< as written (variables unexpanded); empty when set by the base image
  /// For a USER: its value expanded, or nullopt when a variable in it has no known value.
  /// For the base image's user: what the image is known to run as (knownDefaultUser), or
  /// nullopt when dlint does not know the image (most images run as root).
  std::optional<std::string> resolved;
  /// Inherited through a FROM whose base may name several stages that end as different users.
  bool ambiguous = false;

  bool fromImage() const { return setBy == nullptr && !ambiguous; }
  /// True only when the user is known to be root (or Windows' ContainerAdministrator).
  bool isRoot() const;
};

/// `root`, uid 0 (`0`, `00`), `ContainerAdministrator` (any case), each optionally with
/// `:group`. Linux user names are case-sensitive, so `ROOT` is not root.
bool isRootUser(std::string_view user);

/// What a base image is known to run as when nothing sets a USER, from its name alone:
/// distroless and Chainguard `:nonroot` tags ("nonroot"), .NET chiseled and distroless images
/// ("app"), Windows Nano Server ("ContainerUser") and Server Core ("ContainerAdministrator").
/// nullopt for any other image.
std::optional<std::string> knownDefaultUser(std::string_view image);

class UserTimeline {
public:
  static UserTimeline build(AnalysisManager& analyses);

  /// The user in force when `instruction` runs (a USER instruction sees the previous user).
  const EffectiveUser& before(const ast::Instruction* instruction) const;
  /// The user the stage ends with, which its image and dependent stages inherit.
  const EffectiveUser& finalUser(std::size_t stage) const { return finalUsers_.at(stage); }
  /// Every user in force over the life of `stage`, oldest first: what it inherited through
  /// its FROM chain (starting with the base image's user), then each USER of its own.
  const std::vector<EffectiveUser>& history(std::size_t stage) const { return histories_.at(stage); }

private:
  std::unordered_map<const ast::Instruction*, EffectiveUser> before_;
  std::vector<EffectiveUser> finalUsers_;
  std::vector<std::vector<EffectiveUser>> histories_;
  EffectiveUser none_;
};

} // namespace dlint::passes
