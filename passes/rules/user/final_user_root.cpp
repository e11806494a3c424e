// DF301: a container that runs as root turns any compromise of the process into root on the
// container, and often on the host. Only the final stage matters: it is what runs.
#include <algorithm>

#include "passes/rules/RuleClass.h"
#include "passes/rules/user/UserFindings.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(FinalUserRoot);

namespace {

/// True when the stage or a stage it may be built on sets CMD or ENTRYPOINT.
bool hasCommand(const StageGraph& graph, std::size_t stage) {
  std::vector<std::size_t> work{stage};
  std::vector<bool> seen(graph.stages().size(), false);
  while (!work.empty()) {
    std::size_t current = work.back();
    work.pop_back();
    if (seen[current])
      continue;
    seen[current] = true;
    const Stage& s = graph.stages()[current];
    for (const ast::Instruction* node : s.body)
      if (node->kind == ast::InstructionKind::Cmd || node->kind == ast::InstructionKind::Entrypoint)
        return true;
    if (s.parent)
      work.push_back(*s.parent);
    work.insert(work.end(), s.possibleParents.begin(), s.possibleParents.end());
  }
  return false;
}

void reportImageUser(RuleContext& context, const RuleInfo& info, const StageGraph& graph, std::size_t last,
                     const EffectiveUser& user) {
  std::optional<std::size_t> root = graph.chainRoot(last);
  std::string image = root ? graph.stages()[*root].base : std::string();
  std::vector<std::size_t> roots = graph.chainRoots(last);
  const bool scratch = !roots.empty() && std::all_of(roots.begin(), roots.end(), [&](std::size_t r) {
    return graph.stages()[r].base == "scratch";
  });
  SourceRange range = finalUserLocation(graph, last, user);
  std::string message;
  std::string advice = "add 'USER <non-root user>' after the last instruction that needs root";
  if (scratch) {
    // With no command a scratch image is a set of files (`--output`, `COPY --from=`), not a
    // program: nothing in it runs as anyone.
    if (!hasCommand(graph, last))
      return;
    message = "the final stage is built on 'scratch' and sets no USER, so its program runs as uid 0";
    advice = "'scratch' has no /etc/passwd: use a numeric user, such as 'USER 65532:65532'";
  } else if (user.resolved) {
    // The only root-like default knownDefaultUser() gives: Windows Server Core's.
    message = "the final stage sets no USER, so it runs as '" + *user.resolved + "', the default user of '" + image + "'";
    advice = "add 'USER ContainerUser' after the last instruction that needs administrator rights";
  } else if (!image.empty()) {
    message = "the final stage sets no USER, so it runs as the default user of '" + image + "', which is root for most images";
  } else {
    message = "the final stage sets no USER, so it runs as its base image's default user, which is root for most images";
  }
  Diagnostic d = context.make(info, range, message);
  if (root && *root != last)
    d.notes.push_back({"the final stage is built on " + stageLabel(graph.stages()[*root]) + ", which starts from that image",
                       baseLocation(graph.stages()[*root])});
  d.notes.push_back({advice, std::nullopt});
  context.emit(std::move(d));
}

} // namespace

void FinalUserRoot::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  if (!last)
    return;
  const UserTimeline& users = context.get<UserTimeline>();
  const EffectiveUser& user = users.finalUser(*last);
  if (user.ambiguous)
    return;
  if (user.fromImage()) {
    // An image known to default to a non-root user (distroless ':nonroot', Nano Server) is fine.
    if (!user.resolved || isRootUser(*user.resolved))
      reportImageUser(context, info(), graph, *last, user);
    return;
  }
  // A switch back to root after a non-root user is DF303's finding.
  if (!user.isRoot() || earlierNonRootUser(users.history(*last)))
    return;
  Diagnostic d = context.make(info(), finalUserLocation(graph, *last, user), "the final stage runs as " + quoteUser(user));
  if (graph.stageOf(user.setBy) != last) {
    const Stage& owner = graph.stages()[*graph.stageOf(user.setBy)];
    d.message += ", set in " + stageLabel(owner) + " that it is built on";
    d.notes.push_back({"'" + user.user + "' is set here", user.setBy->value->range});
  }
  d.notes.push_back({"add 'USER <non-root user>' after the last instruction that needs root", std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
