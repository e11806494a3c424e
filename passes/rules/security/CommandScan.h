#pragma once
// What the security command rules (DF340-DF345) share: every simple command a RUN runs, wherever
// it is written (the RUN's shell text, $(...), the static string of `sh -c '...'` or `su -c`, an
// exec-form RUN), the tool it runs, and a reader for its options that knows which ones take a
// value, so `-fsSLk` gives curl's `k` at its own column and `-o -k` does not.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "passes/analyses/ShellModel.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules::security {

/// One simple command and the tool it runs (nullopt when argv[0] is not statically known).
struct CommandSite {
  const ast::CommandInstruction* instruction = nullptr;
  std::size_t stage = 0;
  const shell::SimpleCommand* command = nullptr;
  std::optional<ToolInvocation> tool;
  const ast::LogicalText* text = nullptr; ///< the text the command's logical ranges index; null for exec form
};

/// One script forEachScript visits, and the text its logical ranges index.
struct ScriptSite {
  const RunScript* run = nullptr;
  const shell::Script* script = nullptr;
  const ast::LogicalText* text = nullptr;
};

/// The scripts and command sites below, found once per Dockerfile: six rules walk them, and
/// finding them re-parses every `sh -c` string and names every command's tool.
class CommandSites {
public:
  static CommandSites build(AnalysisManager& analyses);

  const std::vector<ScriptSite>& scripts() const { return scripts_; }
  const std::vector<CommandSite>& sites() const { return sites_; }

private:
  std::vector<ScriptSite> scripts_;
  std::vector<CommandSite> sites_;
  // What the sites point into that no other analysis owns: the texts and trees of `sh -c`
  // strings, and the commands read from exec-form RUNs. Heap nodes, so moving keeps them put.
  std::vector<std::unique_ptr<ast::LogicalText>> innerTexts_;
  std::vector<std::shared_ptr<shell::Script>> innerScripts_;
  std::vector<std::unique_ptr<shell::SimpleCommand>> execCommands_;
};

/// Every script of every modelled RUN: its own, then those parsed from its static `sh -c` and
/// `su -c` strings (positions stay exact: the string is a slice of the RUN's text).
void forEachScript(RuleContext& context, const std::function<void(const RunScript&, const shell::Script&)>& visit);

/// Every simple command of forEachScript's scripts, nested ones included, then every exec-form
/// RUN that runs no shell (`RUN ["curl", "-k", "..."]`).
void forEachCommandSite(RuleContext& context, const std::function<void(const CommandSite&)>& visit);

/// One argument of a tool, as its option parser reads it.
struct ToolArg {
  enum class Kind { Short, Long, Operand };
  Kind kind = Kind::Operand;
  std::size_t index = 0;               ///< the word's index in command->words
  const shell::Word* word = nullptr;
  std::string_view name;               ///< Short: the letter; Long: without `--` and `=value`; Operand: the text
  std::size_t offset = 0;              ///< Short: the letter's offset in the word; Long: 0
  std::optional<std::string_view> value;   ///< an option's value: inline (`--a=b`, `-ob`) or the next word
  const shell::Word* valueWord = nullptr;  ///< the word holding the value
};

/// How one tool's options take values.
struct OptionSyntax {
  std::string_view shortWithValue;                    ///< letters whose value follows (`o` in `-o file`)
  std::string_view longWithValue;  ///< long names whose value may be the next word, each between spaces: " url output "
};

/// Calls `visit` for every argument after the tool's word (after `python -m pip`, after `pip`).
/// Words whose value is not static are operands with an empty name. After `--`, everything is an
/// operand.
void forEachToolArg(const ToolInvocation& tool, const OptionSyntax& syntax,
                    const std::function<void(const ToolArg&)>& visit);

/// The source range of `length` characters at `offset` in the word's value, when the word is
/// written on one line without escapes (plain, or in one pair of quotes); the whole word otherwise.
SourceRange subRange(const shell::Word& word, std::size_t offset, std::size_t length);

/// Configuration text a command writes, with a way back to its source bytes: each `echo` and
/// `printf` argument when the output goes to a file (`>`, `>>`), and each here-document body (`cat > /etc/yum.repos.d/x.repo <<EOF`).
struct ConfigText {
  std::string_view text;
  std::function<SourceRange(std::size_t offset, std::size_t length)> range;
};
void forEachConfigText(const CommandSite& site, const std::function<void(const ConfigText&)>& visit);

/// Where `key = value` is set in configuration text, with `value` accepted by `accepts`: the
/// offset and length of the whole setting. Keys compare case-insensitively and must start a
/// word (`repo_gpgcheck` is not `gpgcheck`).
std::optional<std::pair<std::size_t, std::size_t>> findSetting(std::string_view text, std::string_view key,
                                                                bool (*accepts)(std::string_view));

/// An unsafe fix that deletes word `index` of `command` and the blanks after it (before it when
/// it is last), when they are plain spaces on one line.
std::optional<FixIt> removeWordFix(const shell::SimpleCommand& command, std::size_t index, std::string_view source,
                                   std::string message);

std::string lower(std::string_view text);
bool isFalsy(std::string_view value);  ///< 0, false, no, off (any case)
bool isTruthy(std::string_view value); ///< 1, true, yes, on (any case)
bool isShellName(std::string_view tool); ///< sh, bash, dash, ash, zsh, ksh, mksh
/// The tool's word (argv[0] after wrappers).
const shell::Word& toolWord(const ToolInvocation& tool);

} // namespace dlint::passes::rules::security
