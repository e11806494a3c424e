// DF521: MAINTAINER is deprecated since Docker 1.13; it sets the image's Author field, which few
// tools read, while the OCI label org.opencontainers.image.authors is the standard place.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/analyses/StageGraph.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(MaintainerDeprecated);

namespace {

/// `text` as a double-quoted LABEL value that expands back to exactly `text`.
std::string quotedLabelValue(std::string_view text, char escape) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '$' || c == escape)
      out += escape;
    out += c;
  }
  return out + "\"";
}

} // namespace

void MaintainerDeprecated::check(RuleContext& context) const {
  char escape = context.dockerfile().escape;
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* maintainer = ast::dyn_cast<ast::ValueInstruction>(node);
      if (!maintainer || node->kind != ast::InstructionKind::Maintainer)
        continue;
      Diagnostic d = context.make(info(), node->keywordRange,
                                  "MAINTAINER is deprecated; use 'LABEL org.opencontainers.image.authors'");
      if (maintainer->value && !maintainer->value->text.empty()) {
        std::string label = "LABEL org.opencontainers.image.authors=" + quotedLabelValue(maintainer->value->text, escape);
        d.fixes.push_back({"replace with '" + label + "'",
                           {{{node->keywordRange.begin, maintainer->value->range.end}, label}},
                           Applicability::Safe});
      }
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
