#pragma once
// The build's stages and what references what: `FROM <stage>`, `COPY --from=` and
// `RUN --mount=...,from=`, by name or by index, and which stages the final stage needs.
//
// Lookups follow BuildKit's dockerfile2llb exactly: a FROM base is expanded with the global
// ARG defaults and then matched case-sensitively against the (lower-cased) names of the
// stages above it; `COPY --from` matches any stage case-insensitively (the last of a
// duplicated name wins) or takes a number as a stage index; `--mount from=` matches names
// only, so a number there is an image. A reference whose value depends on a variable has no
// single target: it lists every stage it may name (`FROM runc-${TARGETOS}`).

#include <optional>
#include <string>
#include <vector>

#include "passes/AnalysisManager.h"
#include "passes/expansion/Environment.h"

namespace dlint::passes {

struct Stage {
  std::size_t index = 0;
  const ast::FromInstruction* from = nullptr;
  std::string name;                   ///< lower-cased alias; empty when the stage has none
  const ast::Word* nameWord = nullptr; ///< the alias as written
  std::vector<const ast::Instruction*> body; ///< the instructions after FROM, up to the next FROM
  /// The earlier stage `FROM` names in a default build (global ARG defaults applied).
  std::optional<std::size_t> parent;
  /// When the base depends on a variable: every earlier stage it may name with other values.
  std::vector<std::size_t> possibleParents;
  /// The base as BuildKit resolves it in a default build (global ARG defaults expanded);
  /// the text as written when a variable has no default. Empty when FROM has no argument.
  std::string base;
};

enum class ReferenceKind { FromBase, CopyFrom, MountFrom };
enum class ReferenceTarget {
  Stage,    ///< a stage, by name
  Index,    ///< `COPY --from=<number>`, in range or not
  Image,    ///< no stage: BuildKit pulls an image (or uses a named build context)
  Variable, ///< the value depends on a variable with no single known value
};

struct StageReference {
  ReferenceKind kind;
  std::size_t user = 0;               ///< index of the stage holding the reference
  const ast::Instruction* instruction = nullptr;
  SourceRange range;                  ///< the referenced name or index as written
  std::string text;                   ///< as written (flag values unquoted)
  /// FROM bases: `text` with the global ARG defaults expanded; otherwise equal to `text`.
  std::string resolved;
  ReferenceTarget target = ReferenceTarget::Image;
  std::optional<std::size_t> stage;   ///< the stage named, wherever it is (even later or itself)
  /// References with variables: every stage some value of the variables would name.
  std::vector<std::size_t> candidates;
};

class StageGraph {
public:
  static StageGraph build(AnalysisManager& analyses);

  const std::vector<Stage>& stages() const { return stages_; }
  /// ARGs before the first FROM (visible to FROM lines only).
  const std::vector<const ast::ArgInstruction*>& globalArgs() const { return globalArgs_; }
  /// The global ARGs that have a default value, expanded in order as BuildKit does.
  const expansion::Environment& globalArgDefaults() const { return globalDefaults_; }
  const std::vector<StageReference>& references() const { return references_; }
  std::optional<std::size_t> finalStage() const;
  /// True when the final stage depends on `stage`, directly or not (the final stage itself
  /// too). A dependency through a variable (`candidates`) counts.
  bool neededByFinal(std::size_t stage) const { return stage < needed_.size() && needed_[stage]; }
  /// The stage a lower-cased name refers to: the last one with that name, as in BuildKit.
  std::optional<std::size_t> findByName(std::string_view lowerName) const;
  /// The stage `FROM <name>` in stage `before` uses: the last earlier stage whose name is
  /// exactly `name` (FROM does not fold case).
  std::optional<std::size_t> findBase(std::string_view name, std::size_t before) const;
  /// The stage that holds `instruction`, if any.
  std::optional<std::size_t> stageOf(const ast::Instruction* instruction) const;
  /// The stage whose FROM names an image at the start of `stage`'s FROM chain; nullopt
  /// when the chain goes through a base that may name several stages.
  std::optional<std::size_t> chainRoot(std::size_t stage) const;
  /// Every stage that may start `stage`'s FROM chain, following all possible parents; one
  /// entry when chainRoot() has a value.
  std::vector<std::size_t> chainRoots(std::size_t stage) const;

private:
  void addGlobalArg(const ast::ArgInstruction& arg, char escape);
  void resolveBase(Stage& stage, char escape);
  void addFlagReferences(const Stage& stage, const ast::Instruction& node, char escape);
  std::vector<std::size_t> matchPattern(std::string_view text, std::size_t before, bool foldCase, char escape) const;
  void computeNeeded();

  std::vector<Stage> stages_;
  std::vector<const ast::ArgInstruction*> globalArgs_;
  expansion::Environment globalDefaults_;
  std::vector<StageReference> references_;
  std::vector<bool> needed_;
};

/// The `from=` field of a `--mount` value and the range of its value (the whole flag when
/// quoting moved the bytes). Of repeated fields the last wins, as in BuildKit.
struct MountFrom {
  std::string value;
  SourceRange range;
};
std::optional<MountFrom> mountFromField(const ast::Flag& mount);
/// The `type=` field of a `--mount` value (lower-cased; the last one when repeated), or "bind"
/// when there is none.
std::string mountType(const ast::Flag& mount);

} // namespace dlint::passes
