#include "frontend/InstructionValidator.h"

#include <algorithm>
#include <map>

#include "frontend/FlagRules.h"
#include "frontend/GoDuration.h"
#include "frontend/MountValidator.h"
#include "frontend/Suggest.h"
#include "frontend/Text.h"

namespace dlint::frontend {

namespace {

using K = ast::InstructionKind;

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string upper(const ast::Instruction& node) {
  std::string k(ast::keywordName(node.kind));
  return k.empty() ? node.keyword : k;
}

class Validator {
public:
  explicit Validator(const SyntaxReporter& reporter) : reporter_(reporter) {}

  void run(const ast::Dockerfile& file);

private:
  void checkUnknown(const ast::Instruction& node);
  void checkFlags(const ast::Instruction& node);
  void checkFlagValue(const ast::Instruction& node, const ast::Flag& flag, const FlagSpec& spec);
  void checkArguments(const ast::Instruction& node);
  void checkFrom(const ast::FromInstruction& node);
  void checkHealthcheck(const ast::HealthcheckInstruction& node);
  void checkOnbuild(const ast::OnbuildInstruction& node);
  void checkFileTransfer(const ast::FileTransferInstruction& node);
  void error(Syntax id, SourceRange range, std::string message) { reporter_.report(id, range, std::move(message)); }

  const SyntaxReporter& reporter_;
};

void Validator::run(const ast::Dockerfile& file) {
  bool sawFrom = false;
  for (const auto& node : file.instructions) {
    if (node->kind == K::Unknown) {
      checkUnknown(*node);
      continue;
    }
    if (node->kind == K::From)
      sawFrom = true;
    else if (!sawFrom && node->kind != K::Arg)
      error(Syntax::DF112, node->keywordRange,
            "no build stage in current context: " + quoted(upper(*node)) + " must come after a FROM");
    checkFlags(*node);
    checkArguments(*node);
  }
  // Without any FROM, every non-ARG instruction already has DF112; an ARG-only file has none.
  bool onlyArgs = !file.instructions.empty() &&
                  std::all_of(file.instructions.begin(), file.instructions.end(),
                              [](const auto& node) { return node->kind == K::Arg; });
  if (onlyArgs)
    error(Syntax::DF123, file.instructions.front()->keywordRange,
          "dockerfile contains no stages to build: there is no FROM");
}

void Validator::checkUnknown(const ast::Instruction& node) {
  std::vector<std::string_view> keywords;
  for (int k = 0; k < static_cast<int>(K::Unknown); ++k)
    keywords.push_back(ast::keywordName(static_cast<K>(k)));
  Diagnostic d = reporter_.make(Syntax::DF110, node.keywordRange, "unknown instruction " + quoted(node.keyword));
  if (auto best = suggest(node.keyword, keywords)) {
    d.notes.push_back({"did you mean " + quoted(*best) + "?", node.keywordRange});
    d.fixes.push_back({"replace " + quoted(node.keyword) + " with " + quoted(*best), {{node.keywordRange, *best}},
                       Applicability::Unsafe});
  }
  reporter_.report(std::move(d));
}

void Validator::checkFlags(const ast::Instruction& node) {
  if (node.kind == K::Healthcheck) {
    const auto& hc = static_cast<const ast::HealthcheckInstruction&>(node);
    if (hc.type && equalsIgnoreCaseAscii(hc.type->text, "NONE"))
      return; // BuildKit never parses HEALTHCHECK NONE's flags
  }
  std::optional<std::vector<FlagSpec>> specs = flagsFor(node.kind);
  if (!specs)
    return;
  std::map<std::string, const ast::Flag*> seen;
  for (const ast::Flag& flag : node.flags) {
    const FlagSpec* spec = nullptr;
    for (const FlagSpec& s : *specs)
      if (s.name == flag.name)
        spec = &s;
    if (!spec) {
      Diagnostic d = reporter_.make(Syntax::DF113, flag.range,
                                    "unknown flag " + quoted("--" + flag.name) + " for " + quoted(upper(node)));
      std::vector<std::string_view> names;
      for (const FlagSpec& s : *specs)
        names.push_back(s.name);
      if (auto best = suggest(flag.name, names))
        d.notes.push_back({"did you mean " + quoted("--" + *best) + "?", flag.nameRange});
      else if (names.empty())
        d.notes.push_back({quoted(upper(node)) + " takes no flags", std::nullopt});
      reporter_.report(std::move(d));
      continue;
    }
    if (spec->type != FlagType::Repeatable) {
      auto [it, inserted] = seen.emplace(flag.name, &flag);
      if (!inserted) {
        Diagnostic d = reporter_.make(Syntax::DF114, flag.range, "duplicate flag specified: " + quoted("--" + flag.name));
        d.notes.push_back({"first given here", it->second->range});
        reporter_.report(std::move(d));
      }
    }
    checkFlagValue(node, flag, *spec);
  }
}

void Validator::checkFlagValue(const ast::Instruction& node, const ast::Flag& flag, const FlagSpec& spec) {
  std::string name = "--" + flag.name;
  if (spec.type == FlagType::Bool) {
    if (flag.hasValue && flag.value.empty())
      error(Syntax::DF115, flag.range, "missing a value on flag " + quoted(name));
    else if (flag.hasValue && !equalsIgnoreCaseAscii(flag.value, "true") && !equalsIgnoreCaseAscii(flag.value, "false"))
      error(Syntax::DF115, flag.valueRange,
            "expecting boolean value for flag " + quoted(name) + ", not: " + quoted(flag.value));
    return;
  }
  if (!flag.hasValue) {
    error(Syntax::DF115, flag.range, "missing a value on flag " + quoted(name) + ": write " + quoted(name + "=..."));
    return;
  }
  if (node.kind == K::Run && flag.name == "network" && flag.value != "default" && flag.value != "none" &&
      flag.value != "host")
    error(Syntax::DF115, flag.valueRange, "invalid network mode " + quoted(flag.value) + ": use default, none or host");
  if (node.kind == K::Run && flag.name == "security" && flag.value != "sandbox" && flag.value != "insecure")
    error(Syntax::DF115, flag.valueRange, "security " + quoted(flag.value) + " is not valid: use sandbox or insecure");
  if (node.kind == K::Run && flag.name == "mount")
    validateMount(flag, reporter_);
  // HEALTHCHECK options are never expanded; an empty value means the default.
  if (node.kind == K::Healthcheck && flag.name != "retries" && !flag.value.empty()) {
    std::optional<double> ns = parseGoDuration(flag.value);
    if (!ns)
      error(Syntax::DF115, flag.valueRange, "invalid duration " + quoted(flag.value) + " for " + quoted(name) +
                                                ": use a Go duration such as '30s' or '1m30s'");
    else if (*ns != 0 && *ns < 1e6)
      error(Syntax::DF119, flag.valueRange, quoted(name) + " cannot be less than 1ms");
  }
  if (node.kind == K::Healthcheck && flag.name == "retries" && !flag.value.empty()) {
    // strconv.ParseInt(v, 10, 32): an optional sign, digits, and a value that fits in int32.
    std::string_view v = flag.value;
    bool negative = v[0] == '-';
    std::string_view digits = (v[0] == '-' || v[0] == '+') ? v.substr(1) : v;
    bool numeric = !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
    std::size_t significant = numeric ? digits.find_first_not_of('0') : 0;
    bool fits = numeric && (significant == std::string_view::npos || digits.size() - significant < 10 ||
                            (digits.size() - significant == 10 && digits.substr(significant) <= (negative ? "2147483648" : "2147483647")));
    if (!numeric || !fits)
      error(Syntax::DF115, flag.valueRange,
            "invalid value " + quoted(flag.value) + " for '--retries': expected a 32-bit integer");
    else if (negative && significant != std::string_view::npos)
      error(Syntax::DF119, flag.valueRange, "'--retries' cannot be negative (" + flag.value + ")");
  }
}

void Validator::checkArguments(const ast::Instruction& node) {
  bool hasArguments = !node.argumentsRange.empty();
  auto atLeastOne = [&] {
    if (!hasArguments)
      error(Syntax::DF116, node.keywordRange, quoted(upper(node)) + " requires at least one argument");
  };
  switch (node.kind) {
  case K::Maintainer:
  case K::Workdir:
  case K::User:
  case K::Stopsignal:
    if (!hasArguments)
      error(Syntax::DF116, node.keywordRange, quoted(upper(node)) + " requires exactly one argument");
    break;
  case K::Env:
  case K::Label:
    atLeastOne();
    for (const ast::KeyValue& pair : static_cast<const ast::KeyValueInstruction&>(node).pairs)
      if (pair.key.text.empty())
        error(Syntax::DF122, pair.range, quoted(upper(node)) + " names can not be blank");
    break;
  case K::Arg:
    atLeastOne();
    for (const ast::ArgDeclaration& decl : static_cast<const ast::ArgInstruction&>(node).declarations)
      if (decl.name.text.empty())
        error(Syntax::DF122, decl.range, "'ARG' names can not be blank");
    break;
  case K::Expose:
  case K::Volume: {
    const auto& list = static_cast<const ast::ListInstruction&>(node);
    if (list.items.empty())
      error(Syntax::DF116, hasArguments ? node.argumentsRange : node.keywordRange,
            quoted(upper(node)) + " requires at least one argument");
    if (node.kind == K::Volume)
      for (const ast::Word& item : list.items)
        if (trimSpace(item.text).empty())
          error(Syntax::DF125, item.range, "VOLUME specified can not be an empty string");
    break;
  }
  case K::Shell: {
    const auto& shell = static_cast<const ast::CommandInstruction&>(node);
    if (!hasArguments)
      atLeastOne();
    else if (!shell.command.json && !shell.command.nonStringJson)
      error(Syntax::DF120, node.argumentsRange, "SHELL requires the arguments to be in JSON form");
    else if (shell.command.elements.empty())
      error(Syntax::DF116, node.argumentsRange, "'SHELL' requires at least one argument");
    break;
  }
  case K::From:
    checkFrom(static_cast<const ast::FromInstruction&>(node));
    break;
  case K::Healthcheck:
    checkHealthcheck(static_cast<const ast::HealthcheckInstruction&>(node));
    break;
  case K::Onbuild:
    checkOnbuild(static_cast<const ast::OnbuildInstruction&>(node));
    break;
  case K::Copy:
  case K::Add:
    checkFileTransfer(static_cast<const ast::FileTransferInstruction&>(node));
    break;
  default:
    break;
  }
}

void Validator::checkFrom(const ast::FromInstruction& node) {
  std::size_t n = node.args.size();
  if (n != 1 && !(n == 3 && equalsIgnoreCaseAscii(node.args[1].text, "as"))) {
    SourceRange range = n == 0 ? node.keywordRange : node.argumentsRange;
    error(Syntax::DF116, range, "'FROM' requires either one or three arguments ('FROM image [AS name]')");
    return;
  }
  if (const ast::Word* name = node.stageName()) {
    std::string lower = toLowerAscii(name->text);
    bool valid = !lower.empty() && lower[0] >= 'a' && lower[0] <= 'z' &&
                 lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_.") == std::string::npos;
    if (!valid)
      error(Syntax::DF117, name->range,
            "invalid name for build stage: " + quoted(name->text) + ", name can't start with a number or contain symbols");
  }
}

void Validator::checkHealthcheck(const ast::HealthcheckInstruction& node) {
  if (!node.type) {
    error(Syntax::DF116, node.keywordRange, "'HEALTHCHECK' requires at least one argument");
    return;
  }
  bool hasCommand = node.command.json ? !node.command.elements.empty() || node.command.range.size() > 0
                                      : !node.command.shell.empty();
  if (equalsIgnoreCaseAscii(node.type->text, "NONE")) {
    if (hasCommand)
      error(Syntax::DF119, node.command.range, "HEALTHCHECK NONE takes no arguments");
  } else if (equalsIgnoreCaseAscii(node.type->text, "CMD")) {
    bool empty = node.command.json ? node.command.elements.empty() : node.command.shell.empty();
    if (empty)
      error(Syntax::DF119, node.type->range, "missing command after HEALTHCHECK CMD");
  } else {
    error(Syntax::DF119, node.type->range, "unknown type " + quoted(node.type->text) + " in HEALTHCHECK (try CMD)");
  }
}

void Validator::checkOnbuild(const ast::OnbuildInstruction& node) {
  if (!node.trigger) {
    error(Syntax::DF116, node.keywordRange, "'ONBUILD' requires at least one argument");
    return;
  }
  switch (node.trigger->kind) {
  case K::Onbuild:
    error(Syntax::DF118, node.trigger->keywordRange, "chaining ONBUILD via 'ONBUILD ONBUILD' isn't allowed");
    break;
  case K::From:
  case K::Maintainer:
    error(Syntax::DF118, node.trigger->keywordRange, quoted(upper(*node.trigger)) + " isn't allowed as an ONBUILD trigger");
    break;
  default:
    break;
  }
}

void Validator::checkFileTransfer(const ast::FileTransferInstruction& node) {
  if (node.args.size() < 2) {
    error(Syntax::DF116, node.args.empty() ? node.keywordRange : node.args.front().range,
          quoted(upper(node)) + " requires at least two arguments, one or more sources and a destination, but " +
              (node.args.empty() ? std::string("none was") : std::string("only one was")) +
              " provided; the destination could not be determined");
    return;
  }
  const ast::Word& destination = node.args.back();
  for (const ast::Heredoc& heredoc : node.heredocs)
    if (heredoc.wordRange == destination.range)
      error(Syntax::DF124, destination.range, quoted(upper(node)) + " cannot accept a heredoc as a destination");
}

} // namespace

void validateInstructions(const ast::Dockerfile& file, const SyntaxReporter& reporter) {
  Validator(reporter).run(file);
}

} // namespace dlint::frontend
