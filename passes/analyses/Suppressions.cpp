#include "passes/analyses/Suppressions.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "frontend/Suggest.h"
#include "passes/AnalysisManager.h"

namespace dlint::passes {

namespace {

constexpr std::array<std::string_view, 3> kDlintForms = {"ignore", "ignore-stage", "ignore-file"};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::size_t skipBlanks(std::string_view text, std::size_t at) {
  while (at < text.size() && isBlank(text[at]))
    ++at;
  return at;
}

std::size_t wordEnd(std::string_view text, std::size_t at) {
  while (at < text.size() && (std::isalnum(static_cast<unsigned char>(text[at])) != 0 || text[at] == '-'))
    ++at;
  return at;
}

std::string_view trim(std::string_view text) {
  std::size_t begin = skipBlanks(text, 0);
  std::size_t end = text.size();
  while (end > begin && (isBlank(text[end - 1]) || text[end - 1] == '\r'))
    --end;
  return text.substr(begin, end - begin);
}

/// Reads `CODE[, CODE]...` from `at`; codes end at white space, ',' or ';'. Returns the end.
std::size_t readCodeList(std::string_view text, std::size_t at, std::vector<CommentToken>& codes) {
  std::size_t end = at;
  while (true) {
    std::size_t begin = at;
    while (at < text.size() && !isBlank(text[at]) && text[at] != ',' && text[at] != ';' && text[at] != '\r')
      ++at;
    if (at > begin) {
      codes.push_back({begin, std::string(text.substr(begin, at - begin))});
      end = at;
    }
    std::size_t next = skipBlanks(text, at);
    if (next >= text.size() || text[next] != ',')
      return end;
    at = skipBlanks(text, next + 1);
  }
}

/// The list after `=` at `at`, then an optional `-- reason`.
void readListAndReason(std::string_view text, std::size_t at, ParsedSuppressionComment& parsed, bool strict) {
  parsed.listBegin = at;
  parsed.listEnd = readCodeList(text, at, parsed.codes);
  if (parsed.codes.empty())
    parsed.listEnd = at;
  std::string_view rest = trim(text.substr(parsed.listEnd));
  if (rest.substr(0, 2) == "--")
    parsed.reason = std::string(trim(rest.substr(2)));
  else if (strict && !rest.empty())
    parsed.error = "unexpected text after the codes; write a reason after '--'";
  if (strict && parsed.codes.empty())
    parsed.error = "no codes after '='";
}

std::optional<ParsedSuppressionComment> parseDlint(std::string_view text, std::size_t at) {
  ParsedSuppressionComment parsed;
  std::size_t formEnd = wordEnd(text, at);
  std::string_view word = text.substr(at, formEnd - at);
  const bool hasEquals = formEnd < text.size() && text[formEnd] == '=';
  auto form = std::find(kDlintForms.begin(), kDlintForms.end(), word);
  if (form == kDlintForms.end()) {
    std::optional<std::string> suggestion =
        frontend::suggest(word, std::vector<std::string_view>(kDlintForms.begin(), kDlintForms.end()));
    if (!hasEquals && !suggestion)
      return std::nullopt; // prose that happens to start with "dlint"
    parsed.error = "unknown suppression form '" + std::string(word) + "'";
    parsed.badWord = CommentToken{at, std::string(word)};
    return parsed;
  }
  parsed.form = word == "ignore" ? SuppressionForm::Ignore
                : word == "ignore-stage" ? SuppressionForm::IgnoreStage
                                         : SuppressionForm::IgnoreFile;
  if (!hasEquals) {
    parsed.error = "expected '=' after '" + std::string(word) + "'";
    return parsed;
  }
  readListAndReason(text, formEnd + 1, parsed, /*strict=*/true);
  return parsed;
}

std::optional<ParsedSuppressionComment> parseHadolint(std::string_view text, std::size_t at) {
  ParsedSuppressionComment parsed;
  parsed.form = SuppressionForm::HadolintIgnore;
  std::size_t end = wordEnd(text, at);
  if (text.substr(at, end - at) == "global") {
    parsed.form = SuppressionForm::HadolintGlobal;
    at = skipBlanks(text, end);
    end = wordEnd(text, at);
  }
  if (text.substr(at, end - at) != "ignore" || end >= text.size() || text[end] != '=')
    return std::nullopt; // hadolint's own business
  readListAndReason(text, end + 1, parsed, /*strict=*/false);
  if (parsed.codes.empty())
    return std::nullopt;
  return parsed;
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                std::tolower(static_cast<unsigned char>(b)); });
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && startsWithIgnoreCase(a, b);
}

struct SyntaxCode {
  std::string_view code, name;
};
constexpr SyntaxCode kSyntaxCodes[] = {
#define DLINT_SYNTAX(code, name, level, summary, aliases) {#code, #name},
#include "frontend/SyntaxDiagnostics.def"
#undef DLINT_SYNTAX
};

bool isEnvRule(const RuleInfo& rule) { return rule.code.substr(0, 2) == "EV"; }

std::vector<const RuleInfo*> rulesWithAlias(std::string_view alias) {
  std::vector<const RuleInfo*> rules;
  for (const RuleInfo& rule : allRules())
    if (!isEnvRule(rule) && rule.hasAlias(alias))
      rules.push_back(&rule);
  return rules;
}

bool contains(SourceRange scope, std::uint32_t offset) {
  return !scope.empty() && offset >= scope.begin && offset <= scope.end;
}

/// The instruction a next-instruction comment covers: the one it sits inside (a comment between
/// continuation lines), else the first that starts after it.
const ast::Instruction* coveredInstruction(const ast::Dockerfile& file, SourceRange comment) {
  for (const auto& instruction : file.instructions) {
    if (instruction->range.begin <= comment.begin && comment.end <= instruction->range.end)
      return instruction.get();
    if (instruction->range.begin >= comment.end)
      return instruction.get();
  }
  return nullptr;
}

/// The stage a comment is in: the stage of the next instruction (so a comment right above a FROM
/// covers that FROM's stage), else the stage of the last FROM before it. [FROM, next FROM).
SourceRange coveredStage(const ast::Dockerfile& file, SourceRange comment, std::uint32_t fileSize) {
  std::vector<std::uint32_t> froms;
  for (const auto& instruction : file.instructions)
    if (ast::isa<ast::FromInstruction>(*instruction))
      froms.push_back(instruction->range.begin);
  if (froms.empty())
    return {};
  const ast::Instruction* next = coveredInstruction(file, comment);
  const std::uint32_t anchor = next ? next->range.begin : comment.begin;
  auto after = std::upper_bound(froms.begin(), froms.end(), anchor);
  // Before the first FROM (global ARGs): the first stage.
  std::size_t index = after == froms.begin() ? 0 : static_cast<std::size_t>(after - froms.begin()) - 1;
  std::uint32_t end = index + 1 < froms.size() ? froms[index + 1] : fileSize;
  return {froms[index], end};
}

SourceRange tokenRange(std::uint32_t base, const CommentToken& token) {
  return {base + static_cast<std::uint32_t>(token.offset),
          base + static_cast<std::uint32_t>(token.offset + token.text.size())};
}

} // namespace

bool isForeignForm(SuppressionForm form) {
  return form == SuppressionForm::HadolintIgnore || form == SuppressionForm::HadolintGlobal ||
         form == SuppressionForm::BuildkitSkip;
}

std::optional<ParsedSuppressionComment> parseSuppressionComment(std::string_view comment) {
  std::size_t at = skipBlanks(comment, 0);
  if (at >= comment.size() || comment[at] != '#')
    return std::nullopt;
  at = skipBlanks(comment, at + 1);
  std::size_t end = wordEnd(comment, at);
  std::string_view tool = comment.substr(at, end - at);
  if (tool != "dlint" && tool != "hadolint")
    return std::nullopt;
  std::size_t next = end;
  if (next < comment.size() && comment[next] == ':')
    ++next; // `# dlint: ignore=...` reads the same
  if (next == end && (next >= comment.size() || !isBlank(comment[next])))
    return std::nullopt; // `# dlintrc`, `# dlint.yaml`
  next = skipBlanks(comment, next);
  return tool == "dlint" ? parseDlint(comment, next) : parseHadolint(comment, next);
}

std::optional<ParsedSuppressionComment> parseCheckDirectiveValue(std::string_view value) {
  std::size_t at = 0;
  while (at <= value.size()) {
    std::size_t semicolon = std::min(value.find(';', at), value.size());
    std::size_t begin = skipBlanks(value, at);
    if (startsWithIgnoreCase(value.substr(begin, semicolon - begin), "skip=")) {
      ParsedSuppressionComment parsed;
      parsed.form = SuppressionForm::BuildkitSkip;
      parsed.listBegin = begin + 5;
      parsed.listEnd = readCodeList(value.substr(0, semicolon), parsed.listBegin, parsed.codes);
      return parsed;
    }
    at = semicolon + 1;
  }
  return std::nullopt;
}

ResolvedCode resolveSuppressionCode(std::string_view text, SuppressionForm form) {
  ResolvedCode resolved;
  resolved.text = std::string(text);
  if (form == SuppressionForm::BuildkitSkip) {
    if (equalsIgnoreCase(text, "all")) {
      for (const RuleInfo& rule : allRules())
        if (rule.aliases.find("buildkit:") != std::string_view::npos && !isEnvRule(rule))
          resolved.rules.push_back(&rule);
    } else {
      resolved.rules = rulesWithAlias("buildkit:" + std::string(text));
    }
  } else if (isForeignForm(form)) {
    resolved.rules = rulesWithAlias("hadolint:" + std::string(text));
  } else {
    for (const SyntaxCode& syntax : kSyntaxCodes)
      if (equalsIgnoreCase(text, syntax.code) || text == syntax.name) {
        resolved.status = CodeStatus::SyntaxCode;
        return resolved;
      }
    for (const RuleInfo& rule : allRules())
      if (equalsIgnoreCase(text, rule.code) || text == rule.name) {
        resolved.status = isEnvRule(rule) ? CodeStatus::EnvCode : CodeStatus::Rules;
        if (!isEnvRule(rule))
          resolved.rules.push_back(&rule);
        return resolved;
      }
    resolved.rules = rulesWithAlias(text);
    if (resolved.rules.empty()) {
      std::vector<std::string_view> candidates;
      for (const RuleInfo& rule : allRules())
        if (!isEnvRule(rule)) {
          candidates.push_back(rule.code);
          candidates.push_back(rule.name);
        }
      resolved.suggestion = frontend::suggest(text, candidates);
      return resolved; // Unknown
    }
  }
  resolved.status = resolved.rules.empty() ? CodeStatus::NoEquivalent : CodeStatus::Rules;
  return resolved;
}

Suppressions Suppressions::build(AnalysisManager& analyses) {
  const ast::Dockerfile& file = analyses.file();
  const std::string_view text = analyses.source().text();
  const auto fileSize = static_cast<std::uint32_t>(text.size());
  Suppressions result;

  auto add = [&](const ParsedSuppressionComment& parsed, SourceRange comment, std::uint32_t base) {
    if (parsed.error) {
      MalformedSuppression bad{comment, *parsed.error, std::nullopt, {}};
      if (parsed.badWord) {
        std::vector<std::string_view> forms(kDlintForms.begin(), kDlintForms.end());
        bad.suggestion = frontend::suggest(parsed.badWord->text, forms);
        bad.suggestionRange = tokenRange(base, *parsed.badWord);
        bad.range = bad.suggestionRange;
      }
      result.malformed.push_back(std::move(bad));
      if (parsed.codes.empty())
        return;
    }
    Suppression entry;
    entry.form = parsed.form;
    entry.comment = comment;
    entry.list = {base + static_cast<std::uint32_t>(parsed.listBegin), base + static_cast<std::uint32_t>(parsed.listEnd)};
    entry.reason = parsed.reason;
    switch (parsed.form) {
    case SuppressionForm::Ignore:
    case SuppressionForm::HadolintIgnore:
      if (const ast::Instruction* instruction = coveredInstruction(file, comment))
        entry.scope = instruction->range;
      break;
    case SuppressionForm::IgnoreStage: entry.scope = coveredStage(file, comment, fileSize); break;
    case SuppressionForm::IgnoreFile:
    case SuppressionForm::HadolintGlobal:
    case SuppressionForm::BuildkitSkip: entry.scope = {0, fileSize}; break;
    }
    for (const CommentToken& token : parsed.codes) {
      ResolvedCode code = resolveSuppressionCode(token.text, parsed.form);
      code.range = tokenRange(base, token);
      entry.codes.push_back(std::move(code));
    }
    result.entries.push_back(std::move(entry));
  };

  if (const ast::Directive* check = file.findDirective("check"))
    if (auto parsed = parseCheckDirectiveValue(check->value))
      add(*parsed, check->range, check->valueRange.begin);
  for (SourceRange comment : file.comments)
    if (comment.end <= text.size())
      if (auto parsed = parseSuppressionComment(text.substr(comment.begin, comment.size())))
        add(*parsed, comment, comment.begin);
  return result;
}

SuppressionMatcher::SuppressionMatcher(const Suppressions& suppressions) : suppressions_(suppressions) {
  for (const Suppression& entry : suppressions.entries)
    used_.emplace_back(entry.codes.size(), false);
}

bool SuppressionMatcher::suppresses(const Diagnostic& diagnostic) {
  bool covered = false;
  for (std::size_t e = 0; e < suppressions_.entries.size(); ++e) {
    const Suppression& entry = suppressions_.entries[e];
    if (!contains(entry.scope, diagnostic.range.begin))
      continue;
    for (std::size_t c = 0; c < entry.codes.size(); ++c)
      for (const RuleInfo* rule : entry.codes[c].rules)
        if (rule->code == diagnostic.code) {
          used_[e][c] = true; // every covering code counts as used, so none is reported as unused
          covered = true;
        }
  }
  return covered;
}

} // namespace dlint::passes
