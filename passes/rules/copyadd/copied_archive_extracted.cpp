// DF420: a COPY'd tarball stays in its layer even when a later RUN extracts and deletes it, so
// the image carries the archive and its contents. A bind mount (or ADD, which unpacks) keeps
// only the contents.
#include <string>
#include <unordered_map>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopiedArchiveExtracted);

namespace {

using namespace copyadd;

/// Tar archives ADD would unpack: a bare `.gz` is one compressed file, not an archive.
bool isTarName(std::string_view name) {
  static constexpr std::string_view kSuffixes[] = {".tar",     ".tar.gz", ".tgz",  ".tar.bz2", ".tbz2", ".tbz",
                                                   ".tar.xz",  ".txz",    ".tar.zst", ".tzst", ".tar.lz", ".tar.lzma"};
  for (std::string_view suffix : kSuffixes)
    if (name.size() > suffix.size() && name.ends_with(suffix))
      return true;
  return false;
}

std::string_view baseName(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

struct CopiedArchive {
  const ast::FileTransferInstruction* copy = nullptr;
  const ast::Word* source = nullptr;
  std::string target; ///< where it lands, as written (absolute or relative)
};

/// True when a tar command line extracts: `-x`, `-xzf`, `--extract`, `--get`, or an old-style
/// first argument such as `xzf`.
bool extracts(const shell::SimpleCommand& command, std::size_t toolIndex) {
  for (std::size_t i = toolIndex + 1; i < command.words.size(); ++i) {
    const std::optional<std::string>& word = command.words[i].value;
    if (!word)
      continue;
    if (*word == "--extract" || *word == "--get")
      return true;
    if (word->starts_with("-") && !word->starts_with("--") && word->find('x') != std::string::npos)
      return true;
    if (i == toolIndex + 1 && !word->starts_with("-") && word->find('x') != std::string::npos &&
        word->find_first_not_of("AcdrtuxzjJZaofvpPkmOSWlhiIgGRMLsTNVbBCKXYywUHEF0123456789") == std::string::npos)
      return true;
  }
  return false;
}

/// The word of `command` that names the archive at `target`, or nullptr.
const shell::Word* archiveOperand(const shell::SimpleCommand& command, std::size_t toolIndex,
                                  const std::string& target) {
  for (std::size_t i = toolIndex + 1; i < command.words.size(); ++i) {
    const std::optional<std::string>& word = command.words[i].value;
    if (!word)
      continue;
    std::string_view path = *word;
    if (path.starts_with("--file="))
      path.remove_prefix(7);
    const bool sameName = baseName(path) == baseName(target);
    // Two absolute paths must be the same; otherwise the names decide.
    if (sameName && (!path.starts_with("/") || !target.starts_with("/") || path == target))
      return &command.words[i];
  }
  return nullptr;
}

} // namespace

void CopiedArchiveExtracted::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  const ShellModel& shellModel = context.get<ShellModel>();
  for (const Stage& stage : graph.stages()) {
    std::vector<CopiedArchive> archives;
    for (const ast::Instruction* node : stage.body) {
      if (const auto* copy = ast::dyn_cast<ast::FileTransferInstruction>(node)) {
        if (copy->kind != ast::InstructionKind::Copy || copy->args.size() < 2)
          continue;
        const std::optional<std::string> destination = expandedText(&scopes, *copy, *copy->destination(), copy->json);
        if (!destination)
          continue;
        const std::vector<const ast::Word*> sources = sourceWords(*copy);
        for (const ast::Word* source : sources) {
          const std::optional<std::string> path = expandedText(&scopes, *copy, *source, copy->json);
          if (!path || hasWildcard(*path) || sourceKind(*path) != SourceKind::Local || !isTarName(*path))
            continue;
          const bool intoFolder = destination->ends_with("/") || *destination == "." || sources.size() > 1;
          std::string target = intoFolder ? *destination + (destination->ends_with("/") ? "" : "/") +
                                                std::string(baseName(*path))
                                          : *destination;
          archives.push_back({copy, source, std::move(target)});
        }
        continue;
      }
      const RunScript* run = shellModel.scriptOf(node);
      if (!run || archives.empty())
        continue;
      std::vector<CopiedArchive> remaining;
      for (const CopiedArchive& archive : archives) {
        const shell::Word* operand = nullptr;
        for (const ToolInvocation& call : run->invocations) {
          if ((call.tool != "tar" && call.tool != "bsdtar") || !extracts(*call.command, call.toolIndex))
            continue;
          operand = archiveOperand(*call.command, call.toolIndex, archive.target);
          if (operand)
            break;
        }
        if (!operand) {
          remaining.push_back(archive);
          continue;
        }
        const bool fromStage = archive.copy->findFlag("from") != nullptr;
        Diagnostic d = context.make(info(), archive.source->range,
                                    "the archive '" + archive.source->text +
                                        "' is copied into a layer and extracted by a later RUN; the layer keeps it");
        d.notes.push_back({"extracted here", operand->range});
        d.notes.push_back({fromStage ? "extract it from a bind mount instead: 'RUN --mount=type=bind,from=STAGE,"
                                       "source=PATH,target=/tmp/archive tar -xf /tmp/archive ...'"
                                     : "extract it from a bind mount instead ('RUN --mount=type=bind,source=" +
                                           archive.source->text + ",target=/tmp/" +
                                           std::string(baseName(archive.source->text)) +
                                           " tar -xf ...'), or let ADD unpack it",
                           std::nullopt});
        context.emit(std::move(d));
      }
      archives = std::move(remaining);
    }
  }
}

} // namespace dlint::passes::rules
