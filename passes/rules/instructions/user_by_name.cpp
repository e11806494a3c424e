// DF522: a runtime that enforces non-root (Kubernetes runAsNonRoot, PodSecurity) can check a
// numeric UID without looking into the image's /etc/passwd; a name it must trust blindly.
#include <string>

#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UserByName);

namespace {
bool isNumber(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}
} // namespace

void UserByName::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  char escape = context.dockerfile().escape;
  const StageGraph& graph = context.get<StageGraph>();
  for (const Stage& stage : graph.stages()) {
    // Windows users have names and SIDs, no UIDs: numbers mean nothing there.
    if (instructions::isWindowsStage(graph, stage.index))
      continue;
    for (const ast::Instruction* node : stage.body) {
      const auto* user = ast::dyn_cast<ast::ValueInstruction>(node);
      if (!user || node->kind != ast::InstructionKind::User || !user->value)
        continue;
      std::optional<std::string> value = instructions::expandedWord(scopes, node, *user->value);
      if (!value)
        continue;
      std::string name = value->substr(0, value->find(':'));
      // root is DF301's and DF303's business; a number is what this rule asks for.
      std::string lower = frontend::toLowerAscii(name);
      if (name.empty() || isNumber(name) || name == "root" || lower == "containeruser" ||
          lower == "containeradministrator")
        continue;
      SourceRange range = user->value->range;
      if (instructions::isPlainWord(*user->value, escape))
        range.end = static_cast<std::uint32_t>(range.begin + name.size());
      Diagnostic d = context.make(info(), range, "USER '" + name + "' is a name; use its numeric UID");
      d.notes.push_back({"create the user with a fixed UID ('useradd -u 10001 " + name +
                             "') and write 'USER 10001', so the runtime can tell it is not root",
                         std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
