// DF554-DF559: a required label whose value does not follow the type required-labels gives it
// (url, rfc3339, spdx, hash, semver, email): tools that read the label would misread it.
#include "passes/rules/RuleClass.h"
#include "passes/rules/labels/ImageLabels.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(LabelNotUrl);
DLINT_RULE_CLASS(LabelNotRfc3339);
DLINT_RULE_CLASS(LabelNotSpdx);
DLINT_RULE_CLASS(LabelNotGitHash);
DLINT_RULE_CLASS(LabelNotSemver);
DLINT_RULE_CLASS(LabelNotEmail);

void LabelNotUrl::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Url, isUrl, "a URL",
                   "'url': an absolute URL with a scheme, such as 'https://github.com/org/repo'");
}

void LabelNotRfc3339::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Rfc3339, isRfc3339, "an RFC 3339 date and time",
                   "'rfc3339': a date, time and offset such as '2024-05-01T12:30:00Z'");
}

void LabelNotSpdx::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Spdx, isSpdxExpression, "an SPDX license expression",
                   "'spdx': license identifiers such as 'Apache-2.0' or 'MIT OR GPL-2.0-only'");
}

void LabelNotGitHash::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Hash, isGitHash, "a full git commit hash",
                   "'hash': a full commit ID, 40 hexadecimal digits (64 for SHA-256 repositories)");
}

void LabelNotSemver::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Semver, isSemver, "a semantic version",
                   "'semver': MAJOR.MINOR.PATCH with optional -PRERELEASE and +BUILD, such as '1.4.2' or "
                   "'2.0.0-rc.1'");
}

void LabelNotEmail::check(RuleContext& context) const {
  checkLabelValues(context, info(), LabelType::Email, isEmail, "an email address",
                   "'email': an address such as 'team@example.com'");
}

} // namespace dlint::passes::rules
