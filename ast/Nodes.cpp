#include "ast/Nodes.h"

#include <array>
#include <utility>

namespace dlint::ast {

namespace {
constexpr std::array<std::pair<InstructionKind, std::string_view>, 18> kKeywords = {{
    {InstructionKind::Add, "ADD"},
    {InstructionKind::Arg, "ARG"},
    {InstructionKind::Cmd, "CMD"},
    {InstructionKind::Copy, "COPY"},
    {InstructionKind::Entrypoint, "ENTRYPOINT"},
    {InstructionKind::Env, "ENV"},
    {InstructionKind::Expose, "EXPOSE"},
    {InstructionKind::From, "FROM"},
    {InstructionKind::Healthcheck, "HEALTHCHECK"},
    {InstructionKind::Label, "LABEL"},
    {InstructionKind::Maintainer, "MAINTAINER"},
    {InstructionKind::Onbuild, "ONBUILD"},
    {InstructionKind::Run, "RUN"},
    {InstructionKind::Shell, "SHELL"},
    {InstructionKind::Stopsignal, "STOPSIGNAL"},
    {InstructionKind::User, "USER"},
    {InstructionKind::Volume, "VOLUME"},
    {InstructionKind::Workdir, "WORKDIR"},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i]))
      return false;
  }
  return true;
}
} // namespace

std::string_view keywordName(InstructionKind kind) {
  for (const auto& [k, name] : kKeywords)
    if (k == kind)
      return name;
  return "";
}

InstructionKind kindFromKeyword(std::string_view keyword) {
  for (const auto& [k, name] : kKeywords)
    if (equalsIgnoreCase(keyword, name))
      return k;
  return InstructionKind::Unknown;
}

std::string Flag::spelling() const {
  std::string out = "--" + name;
  if (hasValue)
    out += "=" + value;
  return out;
}

const Flag* Instruction::findFlag(std::string_view flagName) const {
  for (const Flag& flag : flags)
    if (flag.name == flagName)
      return &flag;
  return nullptr;
}

const Word* FromInstruction::stageName() const {
  if (args.size() == 3 && equalsIgnoreCase(args[1].text, "as"))
    return &args[2];
  return nullptr;
}

const Directive* Dockerfile::findDirective(std::string_view directiveName) const {
  for (const Directive& directive : directives)
    if (directive.name == directiveName)
      return &directive;
  return nullptr;
}

} // namespace dlint::ast
