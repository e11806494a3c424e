// DF530: ADD also fetches URLs and unpacks archives; for a plain local file or folder it does
// what COPY does, and the reader has to check which of its behaviours was meant.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/BuildContext.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AddInsteadOfCopy);

namespace {

using namespace copyadd;

enum class Verdict { NotLocal, MaybeArchive, Local };

/// Whether ADD would treat `source` as COPY does. A file ADD may unpack (by name, or by its
/// bytes when the build context is on disk) keeps ADD.
Verdict judge(const std::string& source, const std::optional<BuildContext>& context, bool& wildcard) {
  if (sourceKind(source) != SourceKind::Local && sourceKind(source) != SourceKind::Heredoc)
    return Verdict::NotLocal;
  if (looksLikeArchiveName(source))
    return Verdict::MaybeArchive;
  if (hasWildcard(source)) {
    // `dist/*` may match archives; `*.json` may not.
    const std::size_t slash = source.rfind('/');
    const std::string last = slash == std::string::npos ? source : source.substr(slash + 1);
    const std::size_t dot = last.rfind('.');
    wildcard = dot == std::string::npos || hasWildcard(last.substr(dot));
    return Verdict::Local;
  }
  if (context && sourceKind(source) == SourceKind::Local) {
    std::string relative = source;
    while (relative.starts_with("/"))
      relative.erase(0, 1);
    if (auto bytes = context->head(relative.empty() ? "." : relative, 512); bytes && looksLikeArchiveContent(*bytes))
      return Verdict::MaybeArchive;
  }
  return Verdict::Local;
}

} // namespace

void AddInsteadOfCopy::check(RuleContext& context) const {
  const ast::Dockerfile& file = context.dockerfile();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(file, true)) {
    const ast::FileTransferInstruction& add = *transfer.instruction;
    if (add.kind != ast::InstructionKind::Add || add.args.size() < 2)
      continue;
    // `--unpack`, `--checksum` and `--keep-git-dir` choose ADD's own behaviour on purpose.
    if (add.findFlag("unpack") || add.findFlag("checksum") || add.findFlag("keep-git-dir"))
      continue;
    // Only an ADD needs the disk; most Dockerfiles have none.
    const std::optional<BuildContext>& buildContext = context.get<BuildContextOnDisk>().context;
    bool allLocal = true;
    bool mayMatchArchive = false;
    for (const ast::Word* word : sourceWords(add)) {
      const std::optional<std::string> source =
          expandedText(transfer.trigger ? nullptr : &scopes, add, *word, add.json);
      bool wildcard = false;
      if (!source || judge(*source, buildContext, wildcard) != Verdict::Local) {
        allLocal = false;
        break;
      }
      mayMatchArchive = mayMatchArchive || wildcard;
    }
    if (!allLocal)
      continue;
    Diagnostic d = context.make(info(), add.keywordRange, "use COPY to copy local files: ADD also fetches URLs and "
                                                          "unpacks archives, which this ADD does not need");
    if (add.keywordRange.size() == 3) {
      const std::string copy = keywordInCaseOf(add.keyword, "COPY");
      if (mayMatchArchive)
        d.notes.push_back({"a wildcard source may match a tar archive, which ADD unpacks and COPY would not",
                           std::nullopt});
      d.fixes.push_back({"replace '" + add.keyword + "' with '" + copy + "'",
                         {{add.keywordRange, copy}},
                         mayMatchArchive ? Applicability::Unsafe : Applicability::Safe});
    }
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
