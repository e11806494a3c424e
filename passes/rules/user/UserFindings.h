#pragma once
// What DF301 and DF303 share: where the final stage's user comes from, and how to name it.
// The two rules split "the final stage ends as root" between them: DF303 when something
// earlier on the final stage's FROM chain ran as a non-root user, DF301 otherwise.

#include <optional>
#include <string>

#include "passes/analyses/StageGraph.h"
#include "passes/analyses/UserTimeline.h"

namespace dlint::passes::rules {

/// `'app'`, or `'$APP_USER' (which is 'root')` when expansion changed it.
inline std::string quoteUser(const EffectiveUser& user) {
  std::string text = "'" + user.user + "'";
  if (user.resolved && *user.resolved != user.user)
    text += " (which is '" + *user.resolved + "')";
  return text;
}

/// `stage 'build'` or `stage 2`.
inline std::string stageLabel(const Stage& stage) {
  return stage.nameWord ? "stage '" + stage.nameWord->text + "'" : "stage " + std::to_string(stage.index);
}

/// A stage's base as written (`python:3.12` in `FROM python:3.12 AS app`), or its FROM keyword.
inline SourceRange baseLocation(const Stage& stage) {
  return stage.from->image() ? stage.from->image()->range : stage.from->keywordRange;
}

/// Where a finding about the final stage's user goes: the USER that set it when it is in the
/// final stage, else the final stage's base (the FROM chain is where the user came from).
inline SourceRange finalUserLocation(const StageGraph& graph, std::size_t finalStage, const EffectiveUser& user) {
  if (user.setBy && graph.stageOf(user.setBy) == finalStage)
    return user.setBy->value->range;
  return baseLocation(graph.stages()[finalStage]);
}

/// The last user before the final one on the chain that is not known to be root: a USER with
/// a non-root or unknown value, or a base image known to run as a non-root user.
inline std::optional<EffectiveUser> earlierNonRootUser(const std::vector<EffectiveUser>& history) {
  for (std::size_t i = history.size(); i-- > 1;) {
    const EffectiveUser& user = history[i - 1];
    if (user.ambiguous)
      return std::nullopt;
    if (user.setBy && !user.isRoot())
      return user;
    if (user.fromImage() && user.resolved && !isRootUser(*user.resolved))
      return user;
  }
  return std::nullopt;
}

} // namespace dlint::passes::rules
