// DF224: EXPOSE only documents a container port; an `ip:hostPort:` part is ignored by the builder
// (BuildKit warns it will become an error), and publishing belongs to `docker run -p` or compose.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/ExposeRule.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ExposeHostMapping);

void ExposeHostMapping::check(RuleContext& context) const {
  instructions::forEachExposeEntry(
      context, [&](const ast::ListInstruction&, const instructions::ExposeEntry& entry, const instructions::PortSpec& spec) {
        if (spec.hostPart.empty())
          return;
        bool hasIp = spec.hostPart.find(':') != spec.hostPart.size() - 1;
        Diagnostic d = context.make(info(), instructions::entryRange(entry, 0, spec.hostPart.size()),
                                    std::string("EXPOSE entry '") + entry.text + "' names " +
                                        (hasIp ? "a host IP and port" : "a host port") + ", which EXPOSE ignores");
        d.notes.push_back({"publish ports when the container runs: 'docker run -p', or 'ports:' in compose",
                           std::nullopt});
        if (entry.literal && !spec.containerPort.empty())
          d.fixes.push_back({"remove '" + std::string(spec.hostPart) + "'",
                             {{instructions::entryRange(entry, 0, spec.hostPart.size()), ""}},
                             Applicability::Safe});
        context.emit(std::move(d));
      });
}

} // namespace dlint::passes::rules
