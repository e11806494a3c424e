#pragma once
// What the base-image rules share: image references and platforms read the way BuildKit's
// libraries read them (distribution/reference, containerd/platforms), and FROM words expanded
// as in a default build (built-in platform args, then the global ARG defaults).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passes/AnalysisManager.h"
#include "passes/analyses/StageGraph.h"
#include "passes/expansion/Environment.h"
#include "passes/expansion/WordExpander.h"

namespace dlint::passes::rules::images {

/// An image reference cut into its parts, without validation: `name[:tag][@digest]`. A ':'
/// before the last '/' belongs to the registry's port, not to the tag.
struct ImageReference {
  std::string name;
  std::optional<std::string> tag;
  std::optional<std::string> digest; ///< the text after '@'
  std::size_t tagOffset = 0;         ///< offset of the ':' before the tag, when there is one
};
ImageReference splitImageReference(std::string_view reference);

/// Why `reference.ParseNormalizedNamed` rejects `reference` ("an empty name", "the repository
/// name must be lower case", ...); nullopt when it accepts it.
std::optional<std::string> invalidImageReference(std::string_view reference);

/// A platform as `platforms.Parse` reads it, on a linux/amd64 builder.
struct Platform {
  std::string os;
  std::string architecture;
  std::string variant;
};
std::optional<Platform> parsePlatform(std::string_view specifier);

/// How the built-in platform args (TARGETARCH, ...) are valued.
enum class BuiltinValues {
  Unknown,        ///< a marker: any word that reads one has no single value
  Representative, ///< a linux/amd64 build's values (what BuildKit's own lint uses on such a builder)
};

struct FromWord {
  /// The expanded text; nullopt when it fails to expand, reads a value dlint cannot know (a
  /// built-in in Unknown mode), or reads an ARG that has no default value, other than through
  /// `${NAME:-default}` or `${NAME-default}`.
  std::optional<std::string> value;
  expansion::ExpandResult expansion; ///< BuildKit's result: unset names expand to ""
};

/// The variables a FROM line sees in a build without --build-arg.
class DefaultBuildArgs {
public:
  DefaultBuildArgs(const StageGraph& graph, char escape, BuiltinValues builtins);

  FromWord expand(std::string_view word) const;
  const expansion::Environment& environment() const { return env_; }
  /// The global ARG names, in declaration order (with or without a default).
  const std::vector<std::string>& globalNames() const { return globalNames_; }
  /// The global ARG declaration of `name` (the last one), or null.
  const ast::ArgDeclaration* globalDeclaration(std::string_view name) const;
  /// False when a global ARG default fails to expand: BuildKit then gives up its default-build
  /// checks (the build fails on that ARG anyway).
  bool expandedAll() const { return expandedAll_; }

private:
  char escape_;
  expansion::Environment env_;
  std::vector<std::string> globalNames_;
  std::vector<const ast::ArgDeclaration*> declarations_;
  bool expandedAll_ = true;
};

/// DefaultBuildArgs as an analysis, one per kind of built-in values: five FROM rules share it
/// instead of each declaring every built-in and expanding every global ARG again.
template <BuiltinValues Builtins> struct DefaultBuildArgsFor {
  DefaultBuildArgs args;
  static DefaultBuildArgsFor build(AnalysisManager& analyses) {
    return {DefaultBuildArgs(analyses.get<StageGraph>(), analyses.file().escape, Builtins)};
  }
};
using UnknownBuiltinArgs = DefaultBuildArgsFor<BuiltinValues::Unknown>;
using RepresentativeBuiltinArgs = DefaultBuildArgsFor<BuiltinValues::Representative>;

/// True when `value` names the stage FROM would use (an earlier stage, matched exactly).
bool namesStage(const StageGraph& graph, std::size_t stage, std::string_view value);

/// True when `value` is an earlier stage's name with a tag, a digest or other letter case
/// (`builder:latest`, `Builder`): FROM pulls an image then, which DF209 reports.
bool looksLikeStage(const StageGraph& graph, std::size_t stage, std::string_view value);

/// BuildKit's built-in platform arg names, in its order.
const std::vector<std::string_view>& builtinArgNames();

/// Levenshtein distance, case-sensitive (agext/levenshtein's default).
std::size_t editDistance(std::string_view a, std::string_view b);

/// `before` followed by the horizontal white space after it, for fixes that delete a word.
SourceRange withTrailingBlanks(std::string_view text, SourceRange range);

} // namespace dlint::passes::rules::images
