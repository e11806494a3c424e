// DF336: 'COPY . .' puts everything in the build context into a layer: with no .dockerignore
// that includes '.git' (history, maybe old secrets), '.env' files, keys and local build output.
// Anyone who can pull the image can read them.
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "envfile/DockerIgnore.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/BuildContext.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(WholeContextWithoutDockerignore);

namespace {

using namespace copyadd;
namespace fs = std::filesystem;

/// True when a folder above the Dockerfile's, up to the top of its git work tree, has a
/// .dockerignore: the build likely uses that folder as its context.
bool ancestorHasDockerignore(const fs::path& folder) {
  std::error_code error;
  fs::path current = fs::weakly_canonical(fs::absolute(folder, error), error);
  if (error)
    return false;
  while (!fs::exists(current / ".git", error) && current.has_parent_path() && current != current.parent_path()) {
    current = current.parent_path();
    if (fs::is_regular_file(current / ".dockerignore", error))
      return true;
  }
  return false;
}

/// The entries of the context that should never reach an image, for the note.
std::string sensitiveEntries(const BuildContext& context) {
  std::string found;
  for (const char* name : {".git", ".env"})
    if (context.isDirectory(name).has_value())
      found += std::string(found.empty() ? "" : " and ") + "'" + name + "'";
  return found;
}

/// The source words of COPY and ADD that name the whole build context ('.' or '/').
std::vector<std::pair<const ast::FileTransferInstruction*, const ast::Word*>> wholeContextSources(RuleContext& context) {
  std::vector<std::pair<const ast::FileTransferInstruction*, const ast::Word*>> found;
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(context.dockerfile(), false)) {
    const ast::FileTransferInstruction& copy = *transfer.instruction;
    if (!graph.stageOf(&copy) || copy.findFlag("from"))
      continue;
    for (const ast::Word* word : sourceWords(copy)) {
      const std::optional<std::string> source = expandedText(&scopes, copy, *word, copy.json);
      if (!source || sourceKind(*source) != SourceKind::Local)
        continue;
      const std::string path = envfile::DockerIgnore::cleanPath(*source);
      if (path == "." || path == "/")
        found.emplace_back(&copy, word);
    }
  }
  return found;
}

} // namespace

void WholeContextWithoutDockerignore::check(RuleContext& context) const {
  // The instructions first: most Dockerfiles copy no whole context, and need no look at the disk.
  const auto sources = wholeContextSources(context);
  if (sources.empty())
    return;
  const std::optional<BuildContext>& buildContext = context.get<BuildContextOnDisk>().context;
  if (!buildContext)
    return;
  // With an ignore file, only '.git' left in is reported ('.env' files are EV305's).
  const bool gitFolder = buildContext->isDirectory(".git").value_or(false);
  std::optional<envfile::DockerIgnore> ignore;
  if (buildContext->ignore) {
    ignore = envfile::DockerIgnore::parse(buildContext->ignore->text);
    if (!gitFolder || ignore->excludes(".git") || !ignore->invalidPatterns().empty())
      return;
  } else if (ancestorHasDockerignore(buildContext->folder)) {
    return;
  }
  for (const auto& [copy, word] : sources) {
    const std::string verb = copy->kind == ast::InstructionKind::Add ? "ADD" : "COPY";
    if (ignore) {
      Diagnostic d = context.make(info(), word->range,
                                  verb + " copies the whole build context, and '" + buildContext->ignore->name +
                                      "' does not exclude its '.git' folder");
      d.notes.push_back({"add '.git' to '" + buildContext->ignore->name + "'", std::nullopt});
      context.emit(std::move(d));
      continue;
    }
    Diagnostic d = context.make(info(), word->range, verb + " copies the whole build context, which has no .dockerignore");
    const std::string entries = sensitiveEntries(*buildContext);
    d.notes.push_back({"add a .dockerignore next to '" + buildContext->dockerfileName +
                           "' that excludes '.git', '.env*', keys and build output" +
                           (entries.empty() ? "" : "; this context has " + entries),
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
