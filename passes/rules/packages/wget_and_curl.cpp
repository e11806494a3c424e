// DF446: a stage that downloads with both wget and curl needs both tools in the image; one of
// them is enough, and one set of flags (retries, TLS, proxies) is easier to keep right.
#include "passes/rules/RuleClass.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(WgetAndCurl);

void WgetAndCurl::check(RuleContext& context) const {
  const ShellModel& model = context.get<ShellModel>();
  const StageGraph& graph = context.get<StageGraph>();
  for (std::size_t stage = 0; stage < graph.stages().size(); ++stage) {
    const ToolInvocation* firstWget = nullptr;
    const ToolInvocation* firstCurl = nullptr;
    const ToolInvocation* second = nullptr; // the first call of whichever tool came later
    for (const RunScript& run : model.scripts()) {
      if (run.stage != stage)
        continue;
      for (const ToolInvocation& call : invocationsIn(run)) {
        if (call.tool == "wget" && !firstWget) {
          firstWget = &call;
          if (firstCurl && !second)
            second = &call;
        } else if (call.tool == "curl" && !firstCurl) {
          firstCurl = &call;
          if (firstWget && !second)
            second = &call;
        }
      }
    }
    if (!second)
      continue;
    const ToolInvocation* first = second == firstWget ? firstCurl : firstWget;
    const shell::Word& word = second->command->words[second->toolIndex];
    const shell::Word& other = first->command->words[first->toolIndex];
    std::string tool(second->tool);
    std::string otherTool(first->tool);
    Diagnostic d = context.make(info(), word.range,
                                "'" + tool + "' is used in a stage that already downloads with '" + otherTool +
                                    "': use one of them");
    d.notes.push_back({"'" + otherTool + "' is first used here", other.range});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
