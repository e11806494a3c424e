// DF331: a VOLUME over /proc, /sys, /dev, /etc or / invites `docker run -v` to mount the host's
// system directories there, and a volume at the Docker socket's path is a request for the socket,
// which is root on the host.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(SensitiveVolume);

namespace {

/// The sensitive directory `path` (cleaned, absolute) is or is under; empty when none.
std::string_view sensitiveDirectory(std::string_view path) {
  for (std::string_view dir : {"/proc", "/sys", "/dev"})
    if (instructions::isAtOrUnder(path, dir))
      return dir;
  for (std::string_view exact : {"/", "/etc", "/var/run/docker.sock", "/run/docker.sock"})
    if (path == exact)
      return exact;
  return {};
}

} // namespace

void SensitiveVolume::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* volume = ast::dyn_cast<ast::ListInstruction>(node);
      if (!volume || node->kind != ast::InstructionKind::Volume)
        continue;
      for (const ast::Word& item : volume->items) {
        std::optional<std::string> path = instructions::expandedWord(scopes, node, item);
        if (!path || path->empty() || path->front() != '/')
          continue;
        std::string clean = instructions::cleanPath(*path);
        std::string_view dir = sensitiveDirectory(clean);
        if (dir.empty())
          continue;
        bool socket = dir.size() > 5 && dir.substr(dir.size() - 5) == ".sock";
        Diagnostic d = context.make(info(), item.range,
                                    socket ? "VOLUME '" + clean + "' is the Docker socket's path"
                                           : "VOLUME '" + clean + "' declares the system directory '" +
                                                 std::string(dir) + "' a volume");
        d.notes.push_back({socket ? "mounting the Docker socket gives the container root on the host"
                                  : "a volume there hides the image's own files and invites mounting the host's",
                           std::nullopt});
        context.emit(std::move(d));
      }
    }
}

} // namespace dlint::passes::rules
