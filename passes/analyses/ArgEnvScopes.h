#pragma once
// The variables in effect before every instruction, as BuildKit's dockerfile2llb builds them
// in a default build (no --build-arg): global ARGs before the first FROM (visible to FROM lines,
// and inside a stage only once re-declared), stage ARGs and ENVs, what a stage inherits from
// its parent through `FROM <stage>` (ENV *and* ARG values, as BuildKit copies the parent's
// state), and the built-in platform args. Every value is expanded as BuildKit expands it, and
// every binding remembers the instruction and bytes that defined it.
//
// Scopes are a persistent chain: each binding points at the one defined before it, an
// instruction keeps only the head of the chain in force before it, and a stage built on another
// stage starts from its parent's final head. Nothing is copied per instruction.
// docs/arg-env-scopes.md describes the model and where it deliberately differs from BuildKit.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "passes/AnalysisManager.h"
#include "passes/expansion/Environment.h"
#include "passes/expansion/WordExpander.h"

namespace dlint::passes {

enum class VariableOrigin : std::uint8_t {
  Arg,     ///< an ARG declaration (global or in a stage)
  Env,     ///< an ENV pair
  Builtin, ///< a platform arg BuildKit defines (TARGETPLATFORM, BUILDARCH, ...), or scratch's PATH
};

/// One definition of a variable. "Not declared" is the absence of a binding; a binding with
/// no value is declared but unknown (an ARG with no default, a platform arg, or a value that
/// reads one of those); a binding whose value is "" is set to empty.
struct VariableBinding {
  std::string name;
  VariableOrigin origin = VariableOrigin::Arg;
  /// The value as BuildKit expands it in a default build; nullopt when it is not known.
  std::optional<std::string> value;
  /// BuildKit gives it a value (maybe one dlint cannot know, as TARGETARCH's). False for an
  /// ARG with no default and nothing to take one from: unset unless --build-arg sets it.
  bool hasValue = true;
  /// The ARG or ENV that defines it; null for built-ins.
  const ast::Instruction* instruction = nullptr;
  /// ARG bindings: their declaration (name and default value words).
  const ast::ArgDeclaration* declaration = nullptr;
  SourceRange nameRange;  ///< the name as written; empty for built-ins
  SourceRange valueRange; ///< the value as written (ARG default, ENV value); empty when there is none
  /// The stage that defines it; nullopt for global ARGs and built-ins.
  std::optional<std::size_t> stage;
  /// When the value was taken from another binding rather than written here: an `ARG NAME`
  /// with no default takes the global ARG's default (or keeps the value in force before it).
  const VariableBinding* valueSource = nullptr;
  /// The binding in force before this one (any name): the persistent scope chain.
  const VariableBinding* previous = nullptr;

  bool known() const { return value.has_value(); }
  /// The binding whose text gives the value: follows valueSource to the end.
  const VariableBinding& valueDefinition() const;
};

/// Where a variable is read.
enum class ReferenceContext : std::uint8_t {
  Expanded, ///< a word BuildKit expands itself (FROM, ARG default, ENV, COPY, WORKDIR, --mount, ...)
  Shell,    ///< RUN command text: the shell expands it at build time, with the ARG/ENV values
  Heredoc,  ///< a RUN here-document body (script text or data; dlint does not tell which)
};

/// One `$NAME` / `${NAME...}` an instruction reads.
struct VariableUse {
  std::string name;
  SourceRange range; ///< in the file; the whole word when quoting or JSON decoding moved its bytes
  ReferenceContext context = ReferenceContext::Expanded;
  /// The binding in force; null when the name is not declared.
  const VariableBinding* binding = nullptr;
  /// A BuildKit platform arg (TARGETARCH, ...): visible to FROM without declaration, and in a
  /// stage only after `ARG NAME`.
  bool builtinName = false;
  /// HTTP_PROXY and friends: BuildKit passes them to RUN from --build-arg without any ARG.
  bool proxyName = false;
  /// A RUN that mounts a secret as this env var (`--mount=type=secret,env=NAME`): the shell
  /// reads the secret, not the binding.
  bool secretEnv = false;

  bool declared() const { return binding != nullptr; }
};

/// A word expanded with the scope of an instruction.
struct ResolvedWord {
  /// The expanded text; nullopt when it depends on an unknown value, on the base image's
  /// environment, or when expansion fails.
  std::optional<std::string> value;
  bool readsUnknown = false;    ///< a declared variable without a known value was read
  bool readsImageEnv = false;   ///< in a stage, a name the Dockerfile does not declare was read
  std::optional<expansion::ExpandError> error;
  std::vector<expansion::VariableReference> references; ///< offsets into the word, in lookup order
};

/// Every ARG declaration and how it is consumed.
struct ArgUsage {
  const ast::ArgInstruction* instruction = nullptr;
  const ast::ArgDeclaration* declaration = nullptr;
  const VariableBinding* binding = nullptr;
  std::optional<std::size_t> stage; ///< nullopt for a global ARG
  /// Referenced by a later instruction of its scope (downstream stages and RUN shell text
  /// included); a global ARG also counts as used when a stage re-declares it.
  bool used = false;
  /// The ARG is in the environment of some later RUN (tools read variables such as
  /// DEBIAN_FRONTEND without any `$` reference).
  bool reachesRun = false;
  /// Named by a `RUN --mount=type=secret,id=NAME` or `env=NAME` in its scope.
  bool namedBySecretMount = false;

  /// The ARG's only consumers are secret mounts of the same name.
  bool onlySecretMount() const { return namedBySecretMount && !used; }
};

class ArgEnvScopes {
public:
  static ArgEnvScopes build(AnalysisManager& analyses);

  /// The head of the chain in force before `instruction` (null when nothing is declared).
  /// FROM sees the global ARGs and built-ins; stage instructions see their stage's scope.
  const VariableBinding* scopeBefore(const ast::Instruction* instruction) const;
  /// The binding of `name` in force before `instruction`; null when it is not declared.
  const VariableBinding* lookup(const ast::Instruction* instruction, std::string_view name) const;
  /// Every binding visible before `instruction`, newest first, one per name.
  std::vector<const VariableBinding*> visible(const ast::Instruction* instruction) const;

  /// `word` (raw logical text) expanded as BuildKit would before `instruction`. For an
  /// instruction outside every stage's scope (an ONBUILD trigger), every variable is unknown.
  ResolvedWord expand(const ast::Instruction* instruction, std::string_view word,
                      expansion::ExpandOptions options) const;
  ResolvedWord expand(const ast::Instruction* instruction, std::string_view word) const;

  /// The variables `instruction` reads, in source order.
  const std::vector<VariableUse>& references(const ast::Instruction* instruction) const;
  /// The bindings `instruction` defines (ARG or ENV), in order.
  std::vector<const VariableBinding*> definedBy(const ast::Instruction* instruction) const;

  const std::vector<ArgUsage>& args() const { return args_; }
  const ArgUsage* argUsage(const ast::ArgDeclaration* declaration) const;
  /// The head of the global chain (built-ins, then ARGs before the first FROM).
  const VariableBinding* globalScope() const { return globalHead_; }

  ArgEnvScopes(ArgEnvScopes&&) = default;
  ArgEnvScopes& operator=(ArgEnvScopes&&) = default;
  ArgEnvScopes(const ArgEnvScopes&) = delete;
  ArgEnvScopes& operator=(const ArgEnvScopes&) = delete;

  /// True for BuildKit's built-in platform args (BUILDPLATFORM, TARGETARCH, ...).
  static bool isBuiltinArg(std::string_view name);
  /// True for the proxy args BuildKit forwards to RUN without declaration (any case).
  static bool isProxyArg(std::string_view name);

private:
  ArgEnvScopes() = default;
  friend class ArgEnvScopesBuilder;

  struct InstructionScope {
    const VariableBinding* head = nullptr;
    bool global = false;        ///< FROM: expanded against the global scope only
    bool imageEnvKnown = false; ///< the stage's base image environment is known (scratch)
    std::vector<VariableUse> uses;
  };

  const InstructionScope* scopeOf(const ast::Instruction* instruction) const;

  char escape_ = '\\';
  // A deque keeps every binding at a fixed address as it grows and when it is moved.
  std::deque<VariableBinding> bindings_;
  const VariableBinding* globalHead_ = nullptr;
  std::unordered_map<const ast::Instruction*, InstructionScope> scopes_;
  std::vector<ArgUsage> args_;
  std::unordered_map<const ast::ArgDeclaration*, std::size_t> argIndex_;
};

} // namespace dlint::passes
