#include "passes/rules/security/CommandScan.h"

#include <algorithm>

#include "passes/analyses/StageGraph.h"

namespace dlint::passes::rules::security {

namespace {

constexpr int kMaxStringDepth = 4;

bool isDashC(std::string_view word) {
  return word.size() >= 2 && word[0] == '-' && word[1] != '-' && word.find('c') != std::string_view::npos;
}

/// The word that `sh -c WORD` or `su -c WORD` runs, when its tool is one of those.
const shell::Word* commandString(const ToolInvocation& tool) {
  const bool shell = isShellName(tool.tool);
  const bool su = tool.tool == "su" || tool.tool == "runuser";
  if (!shell && !su)
    return nullptr;
  const std::vector<shell::Word>& words = tool.command->words;
  for (std::size_t k = tool.toolIndex + 1; k + 1 < words.size(); ++k) {
    if (!words[k].value)
      return nullptr;
    std::string_view w = *words[k].value;
    if (shell ? isDashC(w) : (w == "-c" || w == "--command"))
      return &words[k + 1];
    if (shell && !w.empty() && w[0] != '-' && w[0] != '+')
      return nullptr; // a script file: what follows are its arguments
  }
  return nullptr;
}

/// `'...'` or `"..."` with no escape or expansion inside: its text is a slice of the RUN's text.
std::optional<ast::LogicalText> stringScript(const ast::LogicalText& text, const shell::Word& word) {
  if (!word.value || word.raw.size() < 2 || (word.raw.front() != '\'' && word.raw.front() != '"') ||
      word.raw.back() != word.raw.front() || word.raw.substr(1, word.raw.size() - 2) != *word.value ||
      word.logical.size() != word.raw.size() || word.logical.end > text.size())
    return std::nullopt;
  ast::LogicalText inner = text.slice(word.logical.begin + 1, word.logical.end - 1);
  if (inner.text() != *word.value)
    return std::nullopt;
  return inner;
}

/// Adds `script` and then, depth first, the scripts of its static `sh -c` and `su -c` strings.
void collectScripts(const RunScript& run, const ast::LogicalText& text, const shell::Script& script, int depth,
                    std::vector<ScriptSite>& scripts, std::vector<std::unique_ptr<ast::LogicalText>>& innerTexts,
                    std::vector<std::shared_ptr<shell::Script>>& innerScripts) {
  scripts.push_back({&run, &script, &text});
  if (depth >= kMaxStringDepth)
    return;
  auto visit = [&](const ToolInvocation& tool) {
    const shell::Word* string = commandString(tool);
    if (!string)
      return;
    std::optional<ast::LogicalText> inner = stringScript(text, *string);
    if (!inner)
      return;
    innerTexts.push_back(std::make_unique<ast::LogicalText>(std::move(*inner)));
    const ast::LogicalText& innerText = *innerTexts.back();
    innerScripts.push_back(shell::parseShell(innerText).script);
    collectScripts(run, innerText, *innerScripts.back(), depth + 1, scripts, innerTexts, innerScripts);
  };
  if (&script == run.parsed.script.get()) { // the RUN's own script: the model lists its tools
    for (const ToolInvocation& tool : run.invocations)
      visit(tool);
    return;
  }
  shell::forEachSimpleCommand(script, [&](const shell::SimpleCommand& command) {
    if (std::optional<ToolInvocation> tool = toolInvocation(command))
      visit(*tool);
  });
}

/// `tool`, unless it is only looked up: `command -v chpasswd` and `command -V x` run nothing.
std::optional<ToolInvocation> runTool(std::optional<ToolInvocation> tool) {
  if (!tool)
    return tool;
  bool afterCommand = false;
  for (std::size_t k = 0; k < tool->toolIndex; ++k) {
    const shell::Word& word = tool->command->words[k];
    if (word.is("command"))
      afterCommand = true;
    else if (afterCommand && (word.is("-v") || word.is("-V")))
      return std::nullopt;
  }
  return tool;
}

std::optional<ToolInvocation> runTool(const shell::SimpleCommand& command) { return runTool(toolInvocation(command)); }

} // namespace

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

namespace {

/// True when `name` is one of the space-separated items of `list` (" url output ").
bool listsWord(std::string_view list, std::string_view name) {
  for (std::size_t at = list.find(name); at != std::string_view::npos; at = list.find(name, at + 1))
    if (at > 0 && list[at - 1] == ' ' && at + name.size() < list.size() && list[at + name.size()] == ' ')
      return true;
  return false;
}

bool equalsLowerCase(std::string_view text, std::string_view lowerCase) {
  return text.size() == lowerCase.size() &&
         std::equal(text.begin(), text.end(), lowerCase.begin(),
                    [](char c, char l) { return (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == l; });
}

} // namespace

bool isFalsy(std::string_view value) {
  return value == "0" || equalsLowerCase(value, "false") || equalsLowerCase(value, "no") ||
         equalsLowerCase(value, "off");
}

bool isTruthy(std::string_view value) {
  return value == "1" || equalsLowerCase(value, "true") || equalsLowerCase(value, "yes") ||
         equalsLowerCase(value, "on");
}

bool isShellName(std::string_view tool) {
  return tool == "sh" || tool == "bash" || tool == "dash" || tool == "ash" || tool == "zsh" || tool == "ksh" ||
         tool == "mksh";
}

const shell::Word& toolWord(const ToolInvocation& tool) { return tool.command->words[tool.toolIndex]; }

CommandSites CommandSites::build(AnalysisManager& analyses) {
  CommandSites found;
  const ShellModel& model = analyses.get<ShellModel>();
  for (const RunScript& run : model.scripts())
    collectScripts(run, run.text, *run.parsed.script, 0, found.scripts_, found.innerTexts_, found.innerScripts_);
  for (const ScriptSite& script : found.scripts_) {
    auto add = [&](const shell::SimpleCommand& command) {
      found.sites_.push_back(CommandSite{script.run->instruction, script.run->stage, &command, runTool(command), script.text});
    };
    if (script.script == script.run->parsed.script.get()) {
      // A RUN's own script: the model lists its commands, and their tools in the same order.
      const std::vector<ToolInvocation>& tools = script.run->invocations;
      std::size_t next = 0;
      for (const shell::SimpleCommand* command : script.run->simpleCommands) {
        std::optional<ToolInvocation> tool;
        if (next < tools.size() && tools[next].command == command)
          tool = tools[next++];
        found.sites_.push_back(
            CommandSite{script.run->instruction, script.run->stage, command, runTool(std::move(tool)), script.text});
      }
    } else
      shell::forEachSimpleCommand(*script.script, add);
  }
  // An exec-form RUN that runs no shell is not in the model: read its elements as a command.
  for (const Stage& stage : analyses.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* run = ast::dyn_cast<ast::CommandInstruction>(node);
      if (!run || run->kind != ast::InstructionKind::Run || !run->command.json || model.scriptOf(run))
        continue;
      auto command = std::make_unique<shell::SimpleCommand>();
      for (const ast::Word& element : run->command.elements) {
        shell::Word word;
        word.range = element.range;
        word.raw = element.text;
        word.value = element.text;
        command->words.push_back(std::move(word));
      }
      command->range = run->command.range;
      found.sites_.push_back(CommandSite{run, stage.index, command.get(), runTool(*command)});
      found.execCommands_.push_back(std::move(command));
    }
  return found;
}

void forEachScript(RuleContext& context, const std::function<void(const RunScript&, const shell::Script&)>& visit) {
  for (const ScriptSite& script : context.get<CommandSites>().scripts())
    visit(*script.run, *script.script);
}

void forEachCommandSite(RuleContext& context, const std::function<void(const CommandSite&)>& visit) {
  for (const CommandSite& site : context.get<CommandSites>().sites())
    visit(site);
}

void forEachToolArg(const ToolInvocation& tool, const OptionSyntax& syntax,
                    const std::function<void(const ToolArg&)>& visit) {
  const std::vector<shell::Word>& words = tool.command->words;
  std::size_t start = tool.toolIndex + 1;
  // `python -m pip ...`: toolInvocation names the tool "pip"; its arguments start after `pip`.
  if (tool.tool == "pip" && start + 1 < words.size() && words[start].is("-m"))
    start += 2;
  auto nextValue = [&](std::size_t k) -> std::pair<std::optional<std::string_view>, const shell::Word*> {
    if (k + 1 >= words.size())
      return {std::nullopt, nullptr};
    const shell::Word& next = words[k + 1];
    return {next.value ? std::optional<std::string_view>(*next.value) : std::nullopt, &next};
  };
  bool operandsOnly = false;
  for (std::size_t k = start; k < words.size(); ++k) {
    const shell::Word& word = words[k];
    ToolArg arg;
    arg.index = k;
    arg.word = &word;
    if (!word.value) {
      visit(arg);
      continue;
    }
    std::string_view text = *word.value;
    if (operandsOnly || text.size() < 2 || text[0] != '-') {
      arg.name = text;
      visit(arg);
      continue;
    }
    if (text == "--") {
      operandsOnly = true;
      continue;
    }
    if (text[1] == '-') {
      arg.kind = ToolArg::Kind::Long;
      std::string_view body = text.substr(2);
      std::size_t equals = body.find('=');
      arg.name = body.substr(0, equals);
      if (equals != std::string_view::npos) {
        arg.value = body.substr(equals + 1);
        arg.valueWord = &word;
      } else if (listsWord(syntax.longWithValue, arg.name)) {
        auto [value, valueWord] = nextValue(k);
        arg.value = value;
        arg.valueWord = valueWord;
        if (valueWord)
          ++k;
      }
      visit(arg);
      continue;
    }
    // A cluster of short options: each letter, until one that takes a value takes the rest.
    bool tookNext = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
      ToolArg letter;
      letter.kind = ToolArg::Kind::Short;
      letter.index = k;
      letter.word = &word;
      letter.name = text.substr(i, 1);
      letter.offset = i;
      if (syntax.shortWithValue.find(text[i]) != std::string_view::npos) {
        if (i + 1 < text.size()) {
          letter.value = text.substr(i + 1);
          letter.valueWord = &word;
        } else {
          auto [value, valueWord] = nextValue(k);
          letter.value = value;
          letter.valueWord = valueWord;
          tookNext = valueWord != nullptr;
        }
        visit(letter);
        break;
      }
      visit(letter);
    }
    if (tookNext)
      ++k;
  }
}

SourceRange subRange(const shell::Word& word, std::size_t offset, std::size_t length) {
  if (!word.value || word.range.size() != word.raw.size() || offset + length > word.value->size())
    return word.range;
  std::size_t skip = 0;
  if (word.raw != *word.value) {
    const bool quoted = word.raw.size() >= 2 && (word.raw.front() == '\'' || word.raw.front() == '"') &&
                        word.raw.back() == word.raw.front() && word.raw.substr(1, word.raw.size() - 2) == *word.value;
    if (!quoted)
      return word.range;
    skip = 1;
  }
  const auto begin = static_cast<std::uint32_t>(word.range.begin + skip + offset);
  return {begin, static_cast<std::uint32_t>(begin + length)};
}

void forEachConfigText(const CommandSite& site, const std::function<void(const ConfigText&)>& visit) {
  // Text echoed to the build log is not configuration: only output sent to a file counts.
  const bool toFile = std::any_of(site.command->redirects.begin(), site.command->redirects.end(),
                                  [](const shell::Redirect& r) {
                                    using K = shell::RedirectKind;
                                    return (!r.fd || *r.fd == 1) &&
                                           (r.kind == K::Output || r.kind == K::Append || r.kind == K::Clobber ||
                                            r.kind == K::OutputAndError || r.kind == K::AppendAndError);
                                  });
  if (toFile && site.tool && (site.tool->tool == "echo" || site.tool->tool == "printf"))
    for (std::size_t k = site.tool->toolIndex + 1; k < site.command->words.size(); ++k) {
      const shell::Word& word = site.command->words[k];
      visit(ConfigText{word.value ? std::string_view(*word.value) : std::string_view(word.raw),
                       [&word](std::size_t offset, std::size_t length) { return subRange(word, offset, length); }});
    }
  for (const shell::Redirect& redirect : site.command->redirects) {
    if (!redirect.heredoc)
      continue;
    const shell::HereDocument& doc = *redirect.heredoc;
    const ast::LogicalText* text = site.text;
    const bool mapped = text && !doc.stripTabs && doc.body.end <= text->size() &&
                        text->text().substr(doc.body.begin, doc.body.size()) == doc.content;
    visit(ConfigText{doc.content, [&doc, text, mapped](std::size_t offset, std::size_t length) {
                       if (!mapped)
                         return doc.bodyRange;
                       const auto begin = static_cast<std::uint32_t>(doc.body.begin + offset);
                       return text->sourceRange(begin, static_cast<std::uint32_t>(begin + length));
                     }});
  }
}

std::optional<std::pair<std::size_t, std::size_t>> findSetting(std::string_view text, std::string_view key,
                                                                bool (*accepts)(std::string_view)) {
  const std::string lowered = lower(text);
  auto isWordChar = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  };
  for (std::size_t at = lowered.find(key); at != std::string::npos; at = lowered.find(key, at + 1)) {
    // `\ngpgcheck=0` in an `echo -e` or printf string starts a line too.
    const bool starts = at == 0 || !isWordChar(lowered[at - 1]) || (at >= 2 && lowered.compare(at - 2, 2, "\\n") == 0);
    if (!starts)
      continue;
    std::size_t i = at + key.size();
    while (i < lowered.size() && (lowered[i] == ' ' || lowered[i] == '\t'))
      ++i;
    if (i >= lowered.size() || lowered[i] != '=')
      continue;
    ++i;
    while (i < lowered.size() && (lowered[i] == ' ' || lowered[i] == '\t' || lowered[i] == '"' || lowered[i] == '\''))
      ++i;
    std::size_t end = i;
    while (end < lowered.size() && ((lowered[end] >= 'a' && lowered[end] <= 'z') || (lowered[end] >= '0' && lowered[end] <= '9')))
      ++end;
    if (end > i && accepts(std::string_view(text).substr(i, end - i)))
      return std::make_pair(at, end - at);
  }
  return std::nullopt;
}

std::optional<FixIt> removeWordFix(const shell::SimpleCommand& command, std::size_t index, std::string_view source,
                                   std::string message) {
  if (index == 0 || index >= command.words.size())
    return std::nullopt;
  auto blanks = [&](std::uint32_t begin, std::uint32_t end) {
    if (begin >= end || end > source.size())
      return false;
    return std::all_of(source.begin() + begin, source.begin() + end, [](char c) { return c == ' ' || c == '\t'; });
  };
  const SourceRange word = command.words[index].range;
  if (index + 1 < command.words.size() && blanks(word.end, command.words[index + 1].range.begin))
    return FixIt{std::move(message), {{{word.begin, command.words[index + 1].range.begin}, ""}}, Applicability::Unsafe};
  if (blanks(command.words[index - 1].range.end, word.begin))
    return FixIt{std::move(message), {{{command.words[index - 1].range.end, word.end}, ""}}, Applicability::Unsafe};
  return std::nullopt;
}

} // namespace dlint::passes::rules::security
