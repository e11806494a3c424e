#include "passes/rules/labels/ImageLabels.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "passes/analyses/StageGraph.h"
#include "passes/expansion/WordExpander.h"

namespace dlint::passes::rules {

namespace {

/// BuildKit's ProcessWord with no variables: quotes and escapes removed. nullopt when the
/// word refers to a variable (its value is only known at build time) or does not expand.
std::optional<std::string> decode(const ast::Word& word, char escape) {
  expansion::Environment none;
  expansion::ExpandOptions options;
  options.escape = escape;
  expansion::ExpandResult result = expansion::processWord(word.text, none, options);
  if (!result.ok() || !result.references.empty()) return std::nullopt;
  return result.value;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// `digits` decimal digits at `at`, as a number; nullopt otherwise.
std::optional<int> number(std::string_view text, std::size_t at, std::size_t digits) {
  if (at + digits > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + digits; ++i) {
    if (!isDigit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

/// A semver numeric identifier: digits, no leading zero.
bool isNumericIdentifier(std::string_view part) {
  return !part.empty() && std::all_of(part.begin(), part.end(), isDigit) && (part.size() == 1 || part[0] != '0');
}

/// Dot-separated identifiers of [0-9A-Za-z-]; numeric ones without leading zeros when `strict`.
bool isIdentifierList(std::string_view text, bool numericNoLeadingZero) {
  if (text.empty()) return false;
  while (true) {
    const std::size_t dot = text.find('.');
    const std::string_view part = text.substr(0, dot);
    if (part.empty()) return false;
    if (!std::all_of(part.begin(), part.end(), [](char c) { return isDigit(c) || isAlpha(c) || c == '-'; }))
      return false;
    if (numericNoLeadingZero && std::all_of(part.begin(), part.end(), isDigit) && !isNumericIdentifier(part))
      return false;
    if (dot == std::string_view::npos) return true;
    text.remove_prefix(dot + 1);
  }
}

} // namespace

std::vector<LabelEntry> labelEntries(RuleContext& context) {
  std::vector<LabelEntry> entries;
  const StageGraph& graph = context.get<StageGraph>();
  const char escape = context.dockerfile().escape;
  for (const Stage& stage : graph.stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* label = ast::dyn_cast<ast::KeyValueInstruction>(node);
      if (!label || label->kind != ast::InstructionKind::Label) continue;
      for (const ast::KeyValue& pair : label->pairs) {
        LabelEntry entry;
        entry.pair = &pair;
        entry.stage = stage.index;
        std::optional<std::string> key = decode(pair.key, escape);
        entry.keyHasVariable = !key;
        entry.key = key.value_or("");
        entry.value = decode(pair.value, escape);
        entries.push_back(std::move(entry));
      }
    }
  return entries;
}

std::vector<const LabelEntry*> finalImageLabels(RuleContext& context, const std::vector<LabelEntry>& entries) {
  std::vector<const LabelEntry*> labels;
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> stage = graph.finalStage();
  // The chain of stages the final image is built on, from the final stage back to its root.
  std::vector<std::size_t> chain;
  while (stage && std::find(chain.begin(), chain.end(), *stage) == chain.end()) {
    chain.push_back(*stage);
    stage = graph.stages()[*stage].parent;
  }
  for (auto link = chain.rbegin(); link != chain.rend(); ++link)
    for (const LabelEntry& entry : entries) {
      if (entry.stage != *link) continue;
      std::erase_if(labels, [&](const LabelEntry* earlier) { return !entry.keyHasVariable && earlier->key == entry.key; });
      labels.push_back(&entry);
    }
  return labels;
}

const LabelRequirement* requirementFor(const RuleOptions& options, std::string_view key) {
  for (const LabelRequirement& requirement : options.requiredLabels)
    if (requirement.name == key) return &requirement;
  return nullptr;
}

bool isUrl(std::string_view value) {
  // An absolute URI: a scheme, ':', then something, with no whitespace (RFC 3986).
  const std::size_t colon = value.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= value.size() || !isAlpha(value[0])) return false;
  for (std::size_t i = 1; i < colon; ++i)
    if (!(isAlpha(value[i]) || isDigit(value[i]) || value[i] == '+' || value[i] == '-' || value[i] == '.')) return false;
  const std::string_view rest = value.substr(colon + 1);
  if (rest.rfind("//", 0) == 0 && rest.size() == 2) return false; // `https://` with no host
  return std::none_of(value.begin(), value.end(), [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
           c == '`' || c == '{' || c == '|' || c == '}';
  });
}

bool isRfc3339(std::string_view v) {
  // YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM), 'T' and 'Z' in either case.
  auto year = number(v, 0, 4), month = number(v, 5, 2), day = number(v, 8, 2);
  if (!year || !month || !day || v[4] != '-' || v[7] != '-' || *month < 1 || *month > 12 || *day < 1 || *day > 31)
    return false;
  if (v.size() < 20 || (v[10] != 'T' && v[10] != 't')) return false;
  auto hour = number(v, 11, 2), minute = number(v, 14, 2), second = number(v, 17, 2);
  if (!hour || !minute || !second || v[13] != ':' || v[16] != ':' || *hour > 23 || *minute > 59 || *second > 60)
    return false;
  std::size_t at = 19;
  if (v[at] == '.') {
    const std::size_t start = ++at;
    while (at < v.size() && isDigit(v[at])) ++at;
    if (at == start) return false;
  }
  const std::string_view zone = v.substr(at);
  if (zone == "Z" || zone == "z") return true;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return false;
  auto zoneHour = number(zone, 1, 2), zoneMinute = number(zone, 4, 2);
  return zoneHour && zoneMinute && *zoneHour <= 23 && *zoneMinute <= 59;
}

bool isSpdxExpression(std::string_view value) {
  // The SPDX license expression grammar (annex D), checked for shape: license IDs (or
  // LicenseRef-/DocumentRef- references) with an optional '+', joined by AND, OR and WITH, with
  // parentheses. Whether an ID is on the SPDX list is not checked.
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < value.size()) {
    const char c = value[i];
    if (c == ' ') {
      ++i;
    } else if (c == '(' || c == ')') {
      tokens.push_back(value.substr(i++, 1));
    } else {
      const std::size_t start = i;
      while (i < value.size() && value[i] != ' ' && value[i] != '(' && value[i] != ')') ++i;
      tokens.push_back(value.substr(start, i - start));
    }
  }
  auto isId = [](std::string_view token) {
    if (!token.empty() && token.back() == '+') token.remove_suffix(1);
    if (token.empty() || token == "AND" || token == "OR" || token == "WITH") return false;
    return std::all_of(token.begin(), token.end(),
                       [](char c) { return isAlpha(c) || isDigit(c) || c == '.' || c == '-' || c == ':'; });
  };
  // expression := term (("AND"|"OR") term)*; term := "(" expression ")" | id ["WITH" id]
  std::size_t at = 0;
  std::function<bool()> expression;
  auto term = [&]() -> bool {
    if (at < tokens.size() && tokens[at] == "(") {
      ++at;
      if (!expression() || at >= tokens.size() || tokens[at] != ")") return false;
      ++at;
      return true;
    }
    if (at >= tokens.size() || !isId(tokens[at])) return false;
    ++at;
    if (at < tokens.size() && tokens[at] == "WITH") {
      ++at;
      if (at >= tokens.size() || !isId(tokens[at])) return false;
      ++at;
    }
    return true;
  };
  expression = [&]() -> bool {
    if (!term()) return false;
    while (at < tokens.size() && (tokens[at] == "AND" || tokens[at] == "OR")) {
      ++at;
      if (!term()) return false;
    }
    return true;
  };
  return expression() && at == tokens.size();
}

bool isGitHash(std::string_view value) {
  // A full commit ID: SHA-1 (40 hex digits) or SHA-256 (64).
  return (value.size() == 40 || value.size() == 64) && std::all_of(value.begin(), value.end(), isHex);
}

bool isSemver(std::string_view value) {
  // Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], no leading zeros.
  std::string_view core = value;
  const std::size_t plus = core.find('+');
  if (plus != std::string_view::npos) {
    if (!isIdentifierList(core.substr(plus + 1), false)) return false;
    core = core.substr(0, plus);
  }
  const std::size_t dash = core.find('-');
  if (dash != std::string_view::npos) {
    if (!isIdentifierList(core.substr(dash + 1), true)) return false;
    core = core.substr(0, dash);
  }
  for (int part = 0; part < 3; ++part) {
    const std::size_t dot = core.find('.');
    if ((part < 2) == (dot == std::string_view::npos)) return false;
    if (!isNumericIdentifier(core.substr(0, dot))) return false;
    if (dot != std::string_view::npos) core.remove_prefix(dot + 1);
  }
  return true;
}

bool isEmail(std::string_view value) {
  // An addr-spec: local@domain, the local part of atext and dots, the domain of DNS labels.
  const std::size_t at = value.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= value.size()) return false;
  const std::string_view local = value.substr(0, at);
  const std::string_view domain = value.substr(at + 1);
  const std::string_view atext = "!#$%&'*+-/=?^_`{|}~.";
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
  if (!std::all_of(local.begin(), local.end(),
                   [&](char c) { return isAlpha(c) || isDigit(c) || atext.find(c) != std::string_view::npos; }))
    return false;
  std::string_view rest = domain;
  while (true) {
    const std::size_t dot = rest.find('.');
    const std::string_view label = rest.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    if (!std::all_of(label.begin(), label.end(), [](char c) { return isAlpha(c) || isDigit(c) || c == '-'; }))
      return false;
    if (dot == std::string_view::npos) return true;
    rest.remove_prefix(dot + 1);
  }
}

void checkLabelValues(RuleContext& context, const RuleInfo& info, LabelType type, bool (*valid)(std::string_view),
                      std::string_view what, std::string_view expected) {
  if (context.options().requiredLabels.empty()) return;
  for (const LabelEntry& entry : labelEntries(context)) {
    const LabelRequirement* requirement = requirementFor(context.options(), entry.key);
    // Empty values are DF553's; values that hold a variable are only known at build time.
    if (!requirement || requirement->type != type || !entry.value || entry.value->empty() || valid(*entry.value))
      continue;
    // The value is not quoted in the message: the snippet shows it, masked if it is a secret.
    Diagnostic d = context.make(info, entry.pair->value.range, "label '" + entry.key + "' is not " + std::string(what));
    d.notes.push_back({"required-labels declares '" + entry.key + "' as " + std::string(expected), std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
