#include "passes/rules/shell/ShellRuleSupport.h"

namespace dlint::passes::rules::shellrules {

std::string_view baseName(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::optional<std::string_view> wordValue(const shell::SimpleCommand& command, std::size_t index) {
  if (index >= command.words.size() || !command.words[index].value)
    return std::nullopt;
  return std::string_view(*command.words[index].value);
}

const ast::CommandInstruction* shellInForce(const StageGraph& graph, const ast::Instruction* instruction) {
  std::optional<std::size_t> stageIndex = graph.stageOf(instruction);
  // Each step looks at the instructions of one stage before `stop` (all of them for ancestors).
  const ast::Instruction* stop = instruction;
  std::size_t guard = 0;
  while (stageIndex && guard++ <= graph.stages().size()) {
    const Stage& stage = graph.stages()[*stageIndex];
    const ast::CommandInstruction* found = nullptr;
    for (const ast::Instruction* node : stage.body) {
      if (node == stop)
        break;
      if (node->kind == ast::InstructionKind::Shell)
        if (const auto* shellInstruction = ast::dyn_cast<ast::CommandInstruction>(node);
            shellInstruction && shellInstruction->command.json)
          found = shellInstruction;
    }
    if (found)
      return found;
    stageIndex = stage.parent;
    stop = nullptr;
  }
  return nullptr;
}

ShellStartOptions startOptions(const std::vector<ast::Word>& argv) {
  ShellStartOptions options;
  bool expectOptionName = false;
  for (std::size_t i = 1; i < argv.size(); ++i) {
    std::string_view word = argv[i].text;
    if (expectOptionName) {
      if (word == "pipefail")
        options.pipefail = true;
      else if (word == "errexit")
        options.errexit = true;
      expectOptionName = false;
      continue;
    }
    if (word.size() < 2 || word[0] != '-' || word[1] == '-')
      continue;
    // `-c` ends the options: what follows is the script and its arguments.
    bool endsOptions = false;
    for (char letter : word.substr(1)) {
      if (letter == 'e')
        options.errexit = true;
      else if (letter == 'o')
        expectOptionName = true;
      else if (letter == 'c')
        endsOptions = true;
    }
    if (endsOptions)
      break;
  }
  return options;
}

const std::vector<ast::Word>* shellArgvOf(const StageGraph& graph, const ast::CommandInstruction& run) {
  if (run.command.json)
    return &run.command.elements;
  if (const ast::CommandInstruction* shellInstruction = shellInForce(graph, &run))
    return &shellInstruction->command.elements;
  return nullptr;
}

} // namespace dlint::passes::rules::shellrules
