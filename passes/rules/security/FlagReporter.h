#pragma once
// How DF340 and DF342 report a switch that turns a check off: "'--insecure' makes 'curl' ...",
// a note with the safe alternative, and a fix that removes the switch when it is a whole word.

#include <optional>
#include <string>
#include <string_view>

#include "passes/Rule.h"
#include "passes/rules/security/CommandScan.h"
#include "passes/rules/security/ToolSyntax.h"

namespace dlint::passes::rules::security {

class FlagReporter {
public:
  FlagReporter(RuleContext& context, const RuleInfo& info, const CommandSite& site)
      : context_(context), info_(info), site_(site) {}

  /// Reports `range`; a whole-word flag with no value (`removable`) gets a fix that removes it.
  void report(SourceRange range, const std::string& flag, std::string_view what, std::string_view instead,
              const ToolArg* removable = nullptr) {
    Diagnostic d = context_.make(info_, range,
                                 "'" + flag + "' makes '" + std::string(site_.tool->tool) + "' " + std::string(what));
    d.notes.push_back({std::string(instead), std::nullopt});
    if (removable)
      if (std::optional<FixIt> fix = removeWordFix(*site_.command, removable->index, context_.source().text(),
                                                   "remove '" + flag + "'"))
        d.fixes.push_back(std::move(*fix));
    context_.emit(std::move(d));
  }

  /// A long flag `--name` with no value, reported with a fix that removes it.
  void reportFlag(const ToolArg& arg, std::string_view what, std::string_view instead) {
    report(arg.word->range, "--" + std::string(arg.name), what, instead, arg.value ? nullptr : &arg);
  }

private:
  RuleContext& context_;
  const RuleInfo& info_;
  const CommandSite& site_;
};

} // namespace dlint::passes::rules::security
