// DF520: BuildKit accepts `80/TCP` but warns; the lower-case spelling is the one every tool and
// document uses.
#include <string>

#include "frontend/Text.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/ExposeRule.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ExposeProtocolCasing);

void ExposeProtocolCasing::check(RuleContext& context) const {
  instructions::forEachExposeEntry(
      context, [&](const ast::ListInstruction&, const instructions::ExposeEntry& entry, const instructions::PortSpec& spec) {
        if (!spec.proto)
          return;
        std::string lower = frontend::toLowerAscii(*spec.proto);
        // An unknown protocol is DF225's business.
        if (lower == *spec.proto || (lower != "tcp" && lower != "udp" && lower != "sctp"))
          return;
        SourceRange range = instructions::entryRange(entry, spec.protoOffset, spec.proto->size());
        Diagnostic d = context.make(info(), range,
                                    "EXPOSE protocol '" + std::string(*spec.proto) + "' should be lower case");
        if (entry.literal)
          d.fixes.push_back({"write '" + lower + "'", {{range, lower}}, Applicability::Safe});
        context.emit(std::move(d));
      });
}

} // namespace dlint::passes::rules
