#include "passes/rules/packages/Pinning.h"

#include <vector>

#include "passes/analyses/ArgEnvScopes.h"

namespace dlint::passes::rules::packages {

namespace {

struct PackageOperand {
  std::string text;
  const shell::Word* word = nullptr;
  bool fromVariable = false; ///< text is (part of) the word's ARG/ENV-expanded value
};

/// True when every expansion in the word is a `$NAME` / `${NAME...}` that ArgEnvScopes can
/// resolve; `$(...)`, backquotes and arithmetic are left to the shell.
bool onlyParameters(const std::vector<shell::WordPart>& parts) {
  for (const shell::WordPart& part : parts)
    if (part.isExpansion() && (part.kind != shell::WordPartKind::Parameter || !onlyParameters(part.nested)))
      return false;
  return true;
}

/// The operands as the shell sees them: a word with `$NAME` is expanded with the ARG and ENV
/// values in force, and split on blanks when unquoted (`$BUILD_DEPS` gives one operand per
/// package). A word dlint cannot expand (a shell variable, `$(...)`) is skipped.
std::vector<PackageOperand> packageOperands(const ArgEnvScopes& scopes, const RunScript& run,
                                            const ToolInvocation& call) {
  std::vector<PackageOperand> out;
  for (const shell::Word* word : operandsAfterSubcommand(call)) {
    if (word->value) {
      out.push_back({*word->value, word, false});
      continue;
    }
    if (word->incomplete || !onlyParameters(word->parts))
      continue;
    ResolvedWord resolved = scopes.expand(run.instruction, word->raw);
    if (!resolved.value)
      continue;
    if (word->hasQuoting()) {
      if (!resolved.value->starts_with("-"))
        out.push_back({*resolved.value, word, true});
      continue;
    }
    std::string_view rest = *resolved.value;
    while (!rest.empty()) {
      std::size_t begin = rest.find_first_not_of(" \t\n");
      if (begin == std::string_view::npos)
        break;
      std::size_t end = rest.find_first_of(" \t\n", begin);
      std::string_view piece = rest.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
      if (!piece.starts_with("-")) // `$APT_OPTS` holding `-y --no-install-recommends`
        out.push_back({std::string(piece), word, true});
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
  }
  return out;
}

} // namespace

bool isPathOrUrl(std::string_view operand) {
  return operand.empty() || operand[0] == '.' || operand[0] == '/' || operand[0] == '~' ||
         operand.find("://") != std::string_view::npos || operand.starts_with("git+") || operand.starts_with("git@") ||
         operand.starts_with("file:");
}

std::string notPinned(std::string_view operand, std::string_view example) {
  return "'" + std::string(operand) + "' is not pinned to a version: write '" + std::string(example) + "'";
}

std::optional<std::string> rpmProblem(std::string_view operand) {
  if (isPathOrUrl(operand) || operand.ends_with(".rpm") || operand.starts_with("@") ||
      operand.find_first_of("()=<>") != std::string_view::npos)
    return std::nullopt;
  // `name-1.2`, `name-1.2-3.el9`, `name-2:1.2-3`: the version (or release) after the last dash
  // starts with a digit. `java-17-openjdk` ends in a name part, so it is not pinned.
  if (std::size_t dash = operand.rfind('-'); dash != std::string_view::npos && dash + 1 < operand.size() &&
                                             operand[dash + 1] >= '0' && operand[dash + 1] <= '9')
    return std::nullopt;
  return notPinned(operand, std::string(operand) + "-<version>");
}

void reportUnpinnedPackages(RuleContext& context, const RuleInfo& rule, const PinningPolicy& policy) {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const RunScript& run : context.get<ShellModel>().scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (!policy.isInstall(call) || (policy.pinsAll && policy.pinsAll(call)))
        continue;
      std::vector<PackageOperand> operands = packageOperands(scopes, run, call);
      if (policy.firstOperandOnly && policy.firstOperandOnly(call) && operands.size() > 1)
        operands.resize(1);
      for (const PackageOperand& operand : operands) {
        std::optional<std::string> message = policy.problem(call, operand.text);
        if (!message)
          continue;
        if (operand.fromVariable)
          *message += " (from '" + operand.word->raw + "')";
        Diagnostic d = context.make(rule, operand.word->range, std::move(*message));
        // `pip install pkg>=1.2` unquoted: the shell takes `>=1.2` as a redirection to a file.
        for (const shell::Redirect& redirect : call.command->redirects)
          if (redirect.range.begin == operand.word->range.end && !operand.fromVariable)
            d.notes.push_back({"the shell reads '" + redirect.op + "' here as a redirection, so the version never "
                               "reaches '" + std::string(call.tool) + "': quote the whole specifier",
                               redirect.range});
        context.emit(std::move(d));
      }
    }
}

} // namespace dlint::passes::rules::packages
