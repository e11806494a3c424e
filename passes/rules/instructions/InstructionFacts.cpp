#include "passes/rules/instructions/InstructionFacts.h"

#include <charconv>

#include "frontend/Text.h"

namespace dlint::passes::rules::instructions {

std::vector<std::size_t> stageChain(const StageGraph& graph, std::size_t stage) {
  std::vector<std::size_t> chain;
  std::optional<std::size_t> current = stage;
  // A parent is always an earlier stage, so the chain ends; the bound guards against surprises.
  while (current && *current < graph.stages().size() && chain.size() <= graph.stages().size()) {
    chain.push_back(*current);
    current = graph.stages()[*current].parent;
  }
  return chain;
}

bool isWindowsStage(const StageGraph& graph, std::size_t stage) {
  for (std::size_t root : graph.chainRoots(stage)) {
    std::string base = frontend::toLowerAscii(graph.stages()[root].base);
    if (base.find("windows") != std::string::npos || base.find("nanoserver") != std::string::npos ||
        base.find("servercore") != std::string::npos)
      return true;
  }
  return false;
}

bool isPlainWord(const ast::Word& word, char escape) {
  if (word.range.size() != word.text.size())
    return false;
  for (char c : word.text)
    if (c == '$' || c == '"' || c == '\'' || c == escape)
      return false;
  return true;
}

std::optional<std::string> expandedWord(const ArgEnvScopes& scopes, const ast::Instruction* instruction,
                                        const ast::Word& word) {
  ResolvedWord resolved = scopes.expand(instruction, word.text);
  if (resolved.error)
    return std::nullopt;
  return resolved.value;
}

std::string cleanPath(std::string_view path) {
  std::string out;
  bool absolute = !path.empty() && path.front() == '/';
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t slash = path.find('/', i);
    if (slash == std::string_view::npos)
      slash = path.size();
    std::string_view segment = path.substr(i, slash - i);
    if (!segment.empty() && segment != ".") {
      if (!out.empty() || absolute)
        out += '/';
      out += segment;
    }
    i = slash + 1;
  }
  if (out.empty())
    return absolute ? "/" : ".";
  return out;
}

bool isAtOrUnder(std::string_view path, std::string_view dir) {
  if (dir == "/")
    return !path.empty() && path.front() == '/';
  return path == dir || (path.size() > dir.size() && path.substr(0, dir.size()) == dir && path[dir.size()] == '/');
}

PortSpec splitPortSpec(std::string_view entry) {
  PortSpec spec;
  std::size_t colon = entry.rfind(':');
  std::size_t start = colon == std::string_view::npos ? 0 : colon + 1;
  spec.hostPart = entry.substr(0, start);
  std::string_view rest = entry.substr(start);
  std::size_t slash = rest.find('/');
  spec.containerPort = rest.substr(0, slash);
  spec.containerOffset = start;
  if (slash != std::string_view::npos) {
    spec.proto = rest.substr(slash + 1);
    spec.protoOffset = start + slash + 1;
  }
  return spec;
}

namespace {
std::optional<unsigned> parsePort(std::string_view text) {
  if (text.empty() || text.size() > 5)
    return std::nullopt;
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > 65535)
    return std::nullopt;
  return value;
}
} // namespace

std::optional<PortRange> parsePortRange(std::string_view text) {
  std::size_t dash = text.find('-');
  std::optional<unsigned> start = parsePort(text.substr(0, dash));
  std::optional<unsigned> end = dash == std::string_view::npos ? start : parsePort(text.substr(dash + 1));
  if (!start || !end || *start > *end)
    return std::nullopt;
  return PortRange{*start, *end};
}

std::vector<ExposeEntry> exposeEntries(const ArgEnvScopes& scopes, const ast::ListInstruction& expose, char escape) {
  std::vector<ExposeEntry> entries;
  for (const ast::Word& word : expose.items) {
    if (isPlainWord(word, escape)) {
      entries.push_back({&word, word.text, true});
      continue;
    }
    std::optional<std::string> value = expandedWord(scopes, &expose, word);
    if (!value)
      continue;
    // ProcessWords splits the expanded value on white space: one word may give several ports.
    std::size_t i = 0;
    while (i < value->size()) {
      std::size_t begin = value->find_first_not_of(" \t\r\n", i);
      if (begin == std::string::npos)
        break;
      std::size_t end = value->find_first_of(" \t\r\n", begin);
      if (end == std::string::npos)
        end = value->size();
      entries.push_back({&word, value->substr(begin, end - begin), false});
      i = end;
    }
  }
  return entries;
}

SourceRange entryRange(const ExposeEntry& entry, std::size_t offset, std::size_t length) {
  if (!entry.literal)
    return entry.word->range;
  auto begin = static_cast<std::uint32_t>(entry.word->range.begin + offset);
  return {begin, static_cast<std::uint32_t>(begin + length)};
}

} // namespace dlint::passes::rules::instructions
