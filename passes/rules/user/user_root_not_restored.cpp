// DF303: switching to root for a few instructions is common; forgetting to switch back leaves the
// image running as root although its author meant it not to.
#include "passes/rules/RuleClass.h"
#include "passes/rules/user/UserFindings.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UserRootNotRestored);

void UserRootNotRestored::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  if (!last)
    return;
  const UserTimeline& users = context.get<UserTimeline>();
  const EffectiveUser& finalUser = users.finalUser(*last);
  if (finalUser.ambiguous || finalUser.fromImage() || !finalUser.isRoot())
    return;
  std::optional<EffectiveUser> previous = earlierNonRootUser(users.history(*last));
  if (!previous)
    return;
  std::string earlier = previous->setBy ? "after running as " + quoteUser(*previous)
                                        : "from the base image's user '" + *previous->resolved + "'";
  Diagnostic d = context.make(info(), finalUserLocation(graph, *last, finalUser),
                              "switched to " + quoteUser(finalUser) + " " + earlier +
                                  ", and the final stage never switches back");
  if (graph.stageOf(finalUser.setBy) != last)
    d.notes.push_back({"the final stage inherits '" + finalUser.user + "' from " +
                           stageLabel(graph.stages()[*graph.stageOf(finalUser.setBy)]) + ", where it is set here",
                       finalUser.setBy->value->range});
  if (previous->setBy)
    d.notes.push_back({"the non-root user was set here", previous->setBy->value->range});
  else if (std::optional<std::size_t> root = graph.chainRoot(*last); root)
    d.notes.push_back({"the base image runs as '" + *previous->resolved + "'", baseLocation(graph.stages()[*root])});
  std::string restore = previous->setBy ? previous->user : *previous->resolved;
  d.notes.push_back({"add 'USER " + restore + "' after the instructions that need root", std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
