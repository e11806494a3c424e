#include "passes/rules/packages/Prompts.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "passes/analyses/ArgEnvScopes.h"
#include "passes/shell/ShellParser.h"

namespace dlint::passes::rules::packages {

namespace {

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return out;
}

/// `yes`, or `echo y` / `printf 'y\n'`, whose output answers a prompt.
bool answersYes(const shell::Command& command) {
  const auto* simple = shell::dyn_cast<shell::SimpleCommand>(&command);
  if (!simple || !simple->name())
    return false;
  if (*simple->name() == "yes")
    return true;
  if (*simple->name() != "echo" && *simple->name() != "printf")
    return false;
  for (std::size_t k = 1; k < simple->words.size(); ++k)
    if (simple->words[k].value && !simple->words[k].value->empty() && (*simple->words[k].value)[0] != '-')
      return std::tolower(static_cast<unsigned char>((*simple->words[k].value)[0])) == 'y';
  return false;
}

/// True when `command` reads its standard input from `yes` (`yes | apt-get install x`).
bool fedByYes(const RunScript& run, const shell::SimpleCommand& command) {
  if (!run.parsed.script)
    return false;
  bool fed = false;
  shell::forEachCommand(*run.parsed.script, [&](const shell::Command& node) {
    const auto* pipeline = shell::dyn_cast<shell::Pipeline>(&node);
    if (!pipeline)
      return;
    for (std::size_t i = 1; i < pipeline->commands.size(); ++i)
      if (pipeline->commands[i].get() == &command && answersYes(*pipeline->commands[i - 1]))
        fed = true;
  });
  return fed;
}

/// `key` followed by `=`, blanks or quotes and then a true value: `assumeyes=1`,
/// `APT::Get::Assume-Yes "true";`, `-o APT::Get::Assume-Yes=yes`.
bool setsTrue(std::string_view lowerText, std::string_view lowerKey) {
  for (std::size_t at = lowerText.find(lowerKey); at != std::string_view::npos;
       at = lowerText.find(lowerKey, at + 1)) {
    std::size_t value = lowerText.find_first_not_of(" \t=\"'\\", at + lowerKey.size());
    if (value == std::string_view::npos)
      return false;
    std::string_view rest = lowerText.substr(value);
    if (rest.starts_with("1") || rest.starts_with("true") || rest.starts_with("yes"))
      return true;
  }
  return false;
}

bool configuredYes(const StageGraph& graph, const ShellModel& model, const RunScript& run, std::string_view key) {
  std::string lowerKey = lowered(key);
  for (const RunScript& earlier : model.scripts()) {
    if (builtFrom(graph, run.stage, earlier.stage) && setsTrue(lowered(earlier.text.text()), lowerKey))
      return true;
    if (&earlier == &run)
      break;
  }
  return false;
}

/// A word after the tool that is a variable (`$APT_OPTS`) may carry the answer: true when its
/// ARG/ENV value has an option that answers a prompt (`-y`, `--yes`, `--assumeyes`, `-qq`, `-n`,
/// `--non-interactive`...), or when dlint cannot know its value.
bool answerInVariable(const ArgEnvScopes& scopes, const RunScript& run, const ToolInvocation& call) {
  const std::vector<shell::Word>& words = call.command->words;
  for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k) {
    const shell::Word& word = words[k];
    if (word.value || word.incomplete || !(word.raw.starts_with("$") || word.raw.starts_with("\"$")))
      continue;
    ResolvedWord resolved = scopes.expand(run.instruction, word.raw);
    if (!resolved.value)
      return true;
    std::string_view rest = *resolved.value;
    while (!rest.empty()) {
      std::size_t begin = rest.find_first_not_of(" \t\n");
      if (begin == std::string_view::npos)
        break;
      std::size_t end = rest.find_first_of(" \t\n", begin);
      std::string_view token = rest.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
      bool cluster = token.size() > 1 && token[0] == '-' && token[1] != '-';
      if ((cluster && (token.find('y') != std::string_view::npos || token.find('n') != std::string_view::npos ||
                       token.find("qq") != std::string_view::npos)) ||
          token.starts_with("--yes") || token.starts_with("--assume-yes") || token.starts_with("--assumeyes") ||
          token.starts_with("--non-interactive") || token.starts_with("--no-confirm") ||
          token.find("ssume") != std::string_view::npos)
        return true;
    }
  }
  return false;
}

} // namespace

void reportPrompts(RuleContext& context, const RuleInfo& rule, const PromptPolicy& policy) {
  const StageGraph& graph = context.get<StageGraph>();
  const ShellModel& model = context.get<ShellModel>();
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const RunScript& run : model.scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (!policy.asks(call) || policy.answered(call) || fedByYes(run, *call.command) ||
          answerInVariable(scopes, run, call) ||
          (!policy.configKey.empty() && configuredYes(graph, model, run, policy.configKey)))
        continue;
      std::string command = std::string(call.tool) + " " + *call.subcommand->value;
      Diagnostic d = context.make(rule, call.subcommand->range,
                                  "'" + command + "' without '" + std::string(policy.option) +
                                      "': a confirmation prompt gets no answer in a build and aborts it");
      const shell::Word& anchor = policy.optionBeforeSubcommand ? call.command->words[call.toolIndex] : *call.subcommand;
      SourceRange after{anchor.range.end, anchor.range.end};
      d.fixes.push_back({"add '" + std::string(policy.option) + "'", {{after, " " + std::string(policy.option)}},
                         Applicability::Safe});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules::packages
