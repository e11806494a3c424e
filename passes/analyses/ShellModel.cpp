#include "passes/analyses/ShellModel.h"

#include "passes/analyses/StageGraph.h"
#include "passes/shell/ShellScriptSource.h"

namespace dlint::passes {

bool isNonPosixShell(std::string_view executable) {
  std::size_t slash = executable.find_last_of("/\\");
  std::string name(slash == std::string_view::npos ? executable : executable.substr(slash + 1));
  for (char& c : name)
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  if (name.size() > 4 && name.substr(name.size() - 4) == ".exe")
    name.resize(name.size() - 4);
  return name == "pwsh" || name == "powershell" || name == "cmd";
}

ShellModel ShellModel::build(AnalysisManager& analyses) {
  const StageGraph& graph = analyses.get<StageGraph>();
  std::string_view sourceText = analyses.source().text();
  ShellModel model;
  std::vector<bool> posix; // per stage, after its last SHELL; inherited through FROM <stage>
  for (const Stage& stage : graph.stages()) {
    bool current = stage.parent ? posix[*stage.parent] : true;
    for (const ast::Instruction* node : stage.body) {
      const auto* onbuild = ast::dyn_cast<ast::OnbuildInstruction>(node);
      const auto* command = ast::dyn_cast<ast::CommandInstruction>(onbuild ? onbuild->trigger.get() : node);
      if (!command)
        continue;
      if (command->kind == ast::InstructionKind::Shell && !onbuild) {
        if (command->command.json && !command->command.elements.empty())
          current = !isNonPosixShell(command->command.elements.front().text);
        continue;
      }
      if (command->kind != ast::InstructionKind::Run || !current)
        continue;
      std::optional<ast::LogicalText> script = shell::shellScriptOf(*command, sourceText);
      if (!script)
        continue;
      RunScript run;
      run.instruction = command;
      run.onbuild = onbuild;
      run.stage = stage.index;
      run.parsed = shell::parseShell(*script);
      run.text = std::move(*script);
      shell::forEachSimpleCommand(*run.parsed.script,
                                  [&run](const shell::SimpleCommand& simple) { run.simpleCommands.push_back(&simple); });
      for (const shell::SimpleCommand* simple : run.simpleCommands)
        if (auto invocation = toolInvocation(*simple))
          run.invocations.push_back(*invocation);
      model.index_[command] = model.scripts_.size();
      model.scripts_.push_back(std::move(run));
    }
    posix.push_back(current);
  }
  return model;
}

const RunScript* ShellModel::scriptOf(const ast::Instruction* instruction) const {
  auto it = index_.find(instruction);
  return it == index_.end() ? nullptr : &scripts_[it->second];
}

void ShellModel::forEachSimpleCommand(
    const std::function<void(const RunScript&, const shell::SimpleCommand&)>& visit) const {
  for (const RunScript& run : scripts_)
    for (const shell::SimpleCommand* command : run.simpleCommands)
      visit(run, *command);
}

} // namespace dlint::passes
