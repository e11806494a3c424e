// EV305: a .env file inside a Docker build context that .dockerignore does not exclude is sent
// to the builder with every build, and `COPY . .` bakes it into an image layer, where anyone
// who can pull the image can read it.
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvFileInBuildContext::check(EnvRuleContext& context) const {
  const std::optional<envfile::BuildContextFinding> finding = context.facts().unexcludedBuildContext();
  if (!finding)
    return;
  const std::string dockerfile =
      finding->contextDirectory == "." ? finding->dockerfile : finding->contextDirectory + "/" + finding->dockerfile;
  Diagnostic d = context.make(
      info(), {0, 0},
      finding->dockerignore
          ? fmt::format("'{}' is in the build context of '{}' and '{}' does not exclude it", finding->relativePath,
                        dockerfile, *finding->dockerignore)
          : fmt::format("'{}' is in the build context of '{}', which has no .dockerignore", finding->relativePath,
                        dockerfile));
  d.notes.push_back({fmt::format("add '{}' (or '**/.env*') to the .dockerignore next to '{}'; pass secrets to "
                                 "builds with 'RUN --mount=type=secret' instead",
                                 finding->relativePath, dockerfile),
                     std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
