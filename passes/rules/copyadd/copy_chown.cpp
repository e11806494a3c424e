// DF531 (opt-in): files owned by the user the container runs as can be rewritten by it. KICS's
// policy: keep copied files owned by root and readable/executable by the runtime user, so a
// compromised process cannot change its own code.
#include <string_view>

#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyChown);

void CopyChown::check(RuleContext& context) const {
  for (const copyadd::Transfer& transfer : copyadd::transfers(context.dockerfile(), true)) {
    const ast::FileTransferInstruction& copy = *transfer.instruction;
    const ast::Flag* chown = copy.findFlag("chown");
    if (!chown)
      continue;
    // Owned by root is what the policy asks for.
    const std::string_view user = std::string_view(chown->value).substr(0, chown->value.find(':'));
    if (user == "root" || user == "0")
      continue;
    Diagnostic d = context.make(info(), chown->range,
                                "'--chown=" + chown->value + "' gives the copied files to a user, who can then "
                                "change them at run time");
    d.notes.push_back({"leave them owned by root and grant read or execute with '--chmod' (for example "
                       "'--chmod=755'); give a user only the folders it must write",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
