#include "ast/BuildkitDump.h"

#include "ast/GoQuote.h"

namespace dlint::ast {

namespace {

void appendArg(std::string& out, std::string_view text) {
  out += ' ';
  appendGoQuoted(out, text);
}

/// RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK's command: one arg per JSON element, or the
/// whole shell text as one arg (none when it is empty: `CMD` dumps as `(cmd)`).
void appendCommand(std::string& out, const Command& command) {
  if (command.json) {
    for (const Word& element : command.elements)
      appendArg(out, element.text);
  } else if (!command.shell.empty()) {
    appendArg(out, command.shell.text());
  }
}

void appendWords(std::string& out, const std::vector<Word>& words) {
  for (const Word& word : words)
    appendArg(out, word.text);
}

/// Go's strings.ToLower, restricted to ASCII. Go also lower-cases non-ASCII letters (and turns
/// invalid UTF-8 into U+FFFD); keywords BuildKit knows are ASCII, so only an unknown keyword
/// spelled with non-ASCII capitals would print differently.
std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void appendPayload(std::string& out, const Instruction& instruction) {
  if (const auto* command = dyn_cast<CommandInstruction>(&instruction)) {
    appendCommand(out, command->command);
  } else if (const auto* healthcheck = dyn_cast<HealthcheckInstruction>(&instruction)) {
    if (healthcheck->type) appendArg(out, healthcheck->type->text);
    appendCommand(out, healthcheck->command);
  } else if (const auto* transfer = dyn_cast<FileTransferInstruction>(&instruction)) {
    appendWords(out, transfer->args);
  } else if (const auto* list = dyn_cast<ListInstruction>(&instruction)) {
    appendWords(out, list->items);
  } else if (const auto* from = dyn_cast<FromInstruction>(&instruction)) {
    appendWords(out, from->args);
  } else if (const auto* arg = dyn_cast<ArgInstruction>(&instruction)) {
    appendWords(out, arg->words);
  } else if (const auto* keyValue = dyn_cast<KeyValueInstruction>(&instruction)) {
    // BuildKit's node chain is key, value, separator; the separator is empty in legacy form.
    for (const KeyValue& pair : keyValue->pairs) {
      appendArg(out, pair.key.text);
      appendArg(out, pair.value.text);
      appendArg(out, pair.hasEquals ? "=" : "");
    }
  } else if (const auto* value = dyn_cast<ValueInstruction>(&instruction)) {
    if (value->value) appendArg(out, value->value->text);
  } else if (const auto* onbuild = dyn_cast<OnbuildInstruction>(&instruction)) {
    if (onbuild->trigger) out += " (" + dumpBuildkitInstruction(*onbuild->trigger) + ")";
  } else if (isa<UnknownInstruction>(instruction)) {
    // BuildKit's parseIgnore throws the arguments away and leaves one empty node.
    appendArg(out, "");
  }
}

} // namespace

std::string dumpBuildkitInstruction(const Instruction& instruction) {
  std::string out = lowerAscii(instruction.keyword);
  if (!instruction.flags.empty()) {
    // fmt's %q of a []string: ["a" "b"].
    out += " [";
    for (std::size_t i = 0; i < instruction.flags.size(); ++i) {
      if (i > 0) out += ' ';
      appendGoQuoted(out, instruction.flags[i].spelling());
    }
    out += ']';
  }
  appendPayload(out, instruction);
  return out;
}

std::string dumpBuildkit(const Dockerfile& file) {
  std::string out;
  for (const auto& instruction : file.instructions)
    out += "(" + dumpBuildkitInstruction(*instruction) + ")\n";
  // BuildKit trims the root's dump (strings.TrimSpace) and its tests append "\n". Every line
  // starts with '(' and ends with ")\n", so trimming only removes the final newline.
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\t'))
    out.pop_back();
  out += '\n';
  return out;
}

} // namespace dlint::ast
