// DF332: port 22 means an SSH server in the container: another daemon with credentials to manage
// and patch, when `docker exec` already gives a shell.
#include <string>

#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/ExposeRule.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ExposeSshPort);

void ExposeSshPort::check(RuleContext& context) const {
  instructions::forEachExposeEntry(
      context, [&](const ast::ListInstruction&, const instructions::ExposeEntry& entry, const instructions::PortSpec& spec) {
        std::optional<instructions::PortRange> ports = instructions::parsePortRange(spec.containerPort);
        if (!ports || ports->start > 22 || ports->end < 22)
          return;
        if (spec.proto && !spec.proto->empty() && frontend::toLowerAscii(*spec.proto) != "tcp")
          return;
        Diagnostic d = context.make(info(), instructions::entryRange(entry, spec.containerOffset, spec.containerPort.size()),
                                    ports->start == ports->end ? "EXPOSE publishes the SSH port 22"
                                                               : "EXPOSE range '" + std::string(spec.containerPort) +
                                                                     "' includes the SSH port 22");
        d.notes.push_back({"do not run an SSH server in a container: use 'docker exec' for a shell", std::nullopt});
        context.emit(std::move(d));
      });
}

} // namespace dlint::passes::rules
