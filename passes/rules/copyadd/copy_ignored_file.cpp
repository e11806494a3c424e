// DF242: a source that .dockerignore excludes is not sent to the builder, so COPY fails with
// "not found" (or, through a wildcard, silently copies less than it names). BuildKit's
// CopyIgnoredFile check, with its exact semantics.
#include <string>

#include "envfile/DockerIgnore.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/BuildContext.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyIgnoredFile);

namespace {

using namespace copyadd;

/// The ignore file's patterns, or nullopt when BuildKit would not run the check: it skips it
/// when any pattern is an exclusion (`!`), and a malformed pattern fails the build first.
struct Matcher {
  std::vector<IgnorePattern> patterns;
  envfile::DockerIgnore ignore;
  bool matchesContextRoot = false; ///< a pattern is `*`, `**` or `**/*`
};

std::optional<Matcher> matcherFor(const IgnoreFile& file) {
  Matcher matcher{ignorePatterns(file.text), envfile::DockerIgnore::parse(file.text), false};
  if (!matcher.ignore.invalidPatterns().empty())
    return std::nullopt;
  for (const IgnorePattern& pattern : matcher.patterns) {
    if (pattern.text.starts_with("!"))
      return std::nullopt;
    const std::string cleaned = envfile::DockerIgnore::cleanPath(pattern.text);
    if (cleaned == "*" || cleaned == "**" || cleaned == "**/*")
      matcher.matchesContextRoot = true;
  }
  return matcher;
}

/// The last pattern that excludes `path`: the one to point at.
/// For the whole context (`.` or `/`), the `*`, `**` or `**/*` pattern.
const IgnorePattern* decidingPattern(const Matcher& matcher, const std::string& path) {
  const IgnorePattern* found = nullptr;
  const bool root = path == "." || path == "/";
  for (const IgnorePattern& pattern : matcher.patterns) {
    const std::string cleaned = envfile::DockerIgnore::cleanPath(pattern.text);
    if (root ? (cleaned == "*" || cleaned == "**" || cleaned == "**/*")
             : envfile::DockerIgnore::parse(pattern.text).excludes(path))
      found = &pattern;
  }
  return found;
}

/// True when some COPY or ADD reads the build context (no `--from`): only then is the disk read.
bool readsContext(const ast::Dockerfile& file, const StageGraph& graph) {
  for (const Transfer& transfer : transfers(file, false))
    if (graph.stageOf(transfer.instruction) && !transfer.instruction->findFlag("from"))
      return true;
  return false;
}

} // namespace

void CopyIgnoredFile::check(RuleContext& context) const {
  if (!readsContext(context.dockerfile(), context.get<StageGraph>()))
    return;
  const std::optional<BuildContext>& buildContext = context.get<BuildContextOnDisk>().context;
  if (!buildContext || !buildContext->ignore)
    return;
  const std::optional<Matcher> matcher = matcherFor(*buildContext->ignore);
  if (!matcher)
    return;
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(context.dockerfile(), false)) {
    const ast::FileTransferInstruction& copy = *transfer.instruction;
    // `COPY --from` reads a stage or an image, not the context.
    if (!graph.stageOf(&copy) || copy.findFlag("from"))
      continue;
    for (const ast::Word* word : sourceWords(copy)) {
      const std::optional<std::string> source = expandedText(&scopes, copy, *word, copy.json);
      if (!source || sourceKind(*source) != SourceKind::Local)
        continue;
      std::string path = envfile::DockerIgnore::cleanPath(*source);
      if (path == "." || path == "/") {
        if (!matcher->matchesContextRoot)
          continue;
      } else {
        while (path.starts_with("/"))
          path.erase(0, 1);
        if (!matcher->ignore.excludes(path))
          continue;
      }
      const std::string verb = copy.kind == ast::InstructionKind::Add ? "ADD" : "COPY";
      Diagnostic d = context.make(info(), word->range,
                                  verb + " source '" + path + "' is excluded by '" + buildContext->ignore->name +
                                      "', so it is not in the build context");
      if (const IgnorePattern* pattern = decidingPattern(*matcher, path))
        d.notes.push_back({"'" + buildContext->ignore->name + "' line " + std::to_string(pattern->line) +
                               " excludes it: '" + pattern->text + "'",
                           std::nullopt});
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
