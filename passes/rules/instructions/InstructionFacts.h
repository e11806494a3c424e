#pragma once
// Small facts several instruction rules share: a stage's FROM chain inside the file, the value
// BuildKit gives a word, and the parts of an EXPOSE port spec.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"
#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/StageGraph.h"

namespace dlint::passes::rules::instructions {

/// `stage`, then the stage its FROM names, and so on up the chain inside this file.
std::vector<std::size_t> stageChain(const StageGraph& graph, std::size_t stage);

/// True when a base image at the start of the stage's chain looks like a Windows image
/// (`windows`, `nanoserver` or `servercore` in its name).
bool isWindowsStage(const StageGraph& graph, std::size_t stage);

/// True when the word's bytes in the file are exactly its text and it holds no `$`, quote or
/// escape character: offsets into the text are offsets into the file.
bool isPlainWord(const ast::Word& word, char escape);

/// The word as BuildKit expands it before `instruction` (quotes removed); nullopt when the value
/// depends on something dlint cannot know or expansion fails.
std::optional<std::string> expandedWord(const ArgEnvScopes& scopes, const ast::Instruction* instruction,
                                        const ast::Word& word);

/// `path` with duplicate and trailing slashes and `.` segments removed (`//proc/./` -> `/proc`).
std::string cleanPath(std::string_view path);
/// True when `path` (cleaned) is `dir` or below it.
bool isAtOrUnder(std::string_view path, std::string_view dir);

/// One EXPOSE entry split as BuildKit splits `[ip:][hostPort:]containerPort[-end][/proto]`.
/// Offsets are into the entry's text.
struct PortSpec {
  std::string_view hostPart;      ///< `ip:hostPort:` or `hostPort:` (with its last ':'), or empty
  std::string_view containerPort; ///< `80` or `8000-8010`
  std::size_t containerOffset = 0;
  std::optional<std::string_view> proto; ///< the text after '/', when there is a '/'
  std::size_t protoOffset = 0;
};
PortSpec splitPortSpec(std::string_view entry);

/// A port range `start[-end]` with both numbers in 0..65535 and start <= end.
struct PortRange {
  unsigned start = 0;
  unsigned end = 0;
};
std::optional<PortRange> parsePortRange(std::string_view text);

/// One EXPOSE entry with its value and where to report it.
struct ExposeEntry {
  const ast::Word* word = nullptr;
  std::string text;     ///< the entry after expansion
  bool literal = false; ///< `text` is the word's own bytes: offsets map to word->range.begin
};
/// The entries of an EXPOSE instruction after expansion and word splitting; words whose value
/// is not known are left out.
std::vector<ExposeEntry> exposeEntries(const ArgEnvScopes& scopes, const ast::ListInstruction& expose, char escape);

/// A range inside an entry: exact for literal entries, the whole word otherwise.
SourceRange entryRange(const ExposeEntry& entry, std::size_t offset, std::size_t length);

} // namespace dlint::passes::rules::instructions
