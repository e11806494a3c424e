// DF225: BuildKit rejects an EXPOSE port outside 0-65535, a reversed range or an unknown protocol,
// so the build fails at that line.
#include <string>

#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/ExposeRule.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(InvalidExposePort);

void InvalidExposePort::check(RuleContext& context) const {
  instructions::forEachExposeEntry(
      context, [&](const ast::ListInstruction&, const instructions::ExposeEntry& entry, const instructions::PortSpec& spec) {
        if (!instructions::parsePortRange(spec.containerPort)) {
          std::string port(spec.containerPort);
          std::string message = port.empty() ? "EXPOSE entry '" + entry.text + "' names no port"
                                             : "EXPOSE port '" + port + "' is not a port number in 0-65535";
          std::size_t dash = port.find('-');
          if (!port.empty() && dash != std::string::npos && instructions::parsePortRange(port.substr(0, dash)) &&
              instructions::parsePortRange(port.substr(dash + 1)))
            message = "EXPOSE port range '" + port + "' ends before it starts";
          SourceRange range = port.empty() ? instructions::entryRange(entry, 0, entry.text.size())
                                           : instructions::entryRange(entry, spec.containerOffset, port.size());
          context.report(info(), range, message);
          return;
        }
        if (!spec.proto || spec.proto->empty()) // `80/` means tcp, as in BuildKit
          return;
        std::string proto = frontend::toLowerAscii(*spec.proto);
        if (proto != "tcp" && proto != "udp" && proto != "sctp")
          context.report(info(), instructions::entryRange(entry, spec.protoOffset, spec.proto->size()),
                         "EXPOSE protocol '" + std::string(*spec.proto) + "' is not 'tcp', 'udp' or 'sctp'");
      });
}

} // namespace dlint::passes::rules
