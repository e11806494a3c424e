// DF344: `echo 'root:secret' | chpasswd` writes the password into the Dockerfile (or a build
// arg, which lands in the image's history) and its hash into the image's /etc/shadow, where
// anyone who pulls the image can read and crack it. A container needs no login password.
#include <string>

#include "passes/rules/security/CommandScan.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ChpasswdInRun);

void ChpasswdInRun::check(RuleContext& context) const {
  security::forEachCommandSite(context, [&](const security::CommandSite& site) {
    if (!site.tool || site.tool->tool != "chpasswd")
      return;
    Diagnostic d = context.make(info(), security::toolWord(*site.tool).range,
                                "RUN sets a password with 'chpasswd': the password stays in the Dockerfile or the "
                                "build history, and its hash in the image");
    d.notes.push_back({"leave the account locked (the default of 'useradd'); when a service needs a password, "
                       "set it when the container starts, from a secret",
                       std::nullopt});
    context.emit(std::move(d));
  });
}

} // namespace dlint::passes::rules
