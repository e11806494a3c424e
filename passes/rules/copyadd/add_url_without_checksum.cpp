// DF335: what ADD downloads becomes part of the image unchecked: whoever controls the server,
// the network path or a mutable git ref controls the build. '--checksum' (or a commit id)
// makes BuildKit refuse content that changed.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AddUrlWithoutChecksum);

namespace {

using namespace copyadd;

/// The URL without credentials, for messages: `https://user:pass@host/x` shows `https://host/x`.
std::string shownUrl(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos)
    return url;
  const std::size_t hostStart = scheme + 3;
  const std::size_t pathStart = url.find('/', hostStart);
  const std::size_t at = url.rfind('@', pathStart == std::string::npos ? url.size() : pathStart);
  if (at == std::string::npos || at < hostStart)
    return url;
  return url.substr(0, hostStart) + url.substr(at + 1);
}

} // namespace

void AddUrlWithoutChecksum::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(context.dockerfile(), true)) {
    const ast::FileTransferInstruction& add = *transfer.instruction;
    if (add.kind != ast::InstructionKind::Add || add.args.size() < 2 || add.findFlag("checksum"))
      continue;
    for (const ast::Word* word : sourceWords(add)) {
      // The kind shows in the text as written (`https://host/${VERSION}/x.tgz`); expand only
      // to see a URL hidden in a variable.
      // A commit id may come from a variable (`#${COMMIT}`): judge the value when it is known.
      std::string source = word->text;
      if (source.find('$') != std::string::npos) {
        std::optional<std::string> expanded = expandedText(transfer.trigger ? nullptr : &scopes, add, *word, add.json);
        if (expanded)
          source = *expanded;
        else if (sourceKind(source) == SourceKind::Local)
          continue;
      }
      const SourceKind kind = sourceKind(source);
      if (kind == SourceKind::Http) {
        Diagnostic d = context.make(info(), word->range,
                                    "ADD downloads '" + shownUrl(source) +
                                        "' without '--checksum', so nothing checks what the server sends");
        d.notes.push_back({"add '--checksum=sha256:<digest of the file>' (Dockerfile syntax 1.6 or later), or "
                           "download it in a RUN that verifies it ('sha256sum -c')",
                           std::nullopt});
        context.emit(std::move(d));
      } else if (kind == SourceKind::Git && !isFullCommitId(gitRef(source))) {
        const std::string ref = gitRef(source);
        Diagnostic d = context.make(info(), word->range,
                                    ref.empty() ? "ADD clones '" + shownUrl(source) +
                                                      "' at its default branch, which is not pinned to a commit"
                                                : "ADD clones '" + shownUrl(source) + "' at '" + ref +
                                                      "', a branch or tag that can move, not a commit");
        d.notes.push_back({"pin it with '--checksum=<commit id>' or a full commit id after '#'", std::nullopt});
        context.emit(std::move(d));
      }
    }
  }
}

} // namespace dlint::passes::rules
