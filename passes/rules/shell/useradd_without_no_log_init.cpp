// DF542: `useradd` records every user in /var/log/lastlog and faillog, sparse files whose size
// grows with the UID. Image layers do not keep files sparse, so a UID of 100000 or more adds tens
// of megabytes (a UID from a corporate directory adds gigabytes); `-l` skips those logs.
#include <charconv>
#include <optional>
#include <string>

#include "passes/analyses/ArgEnvScopes.h"
#include "passes/analyses/ShellModel.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UseraddWithoutNoLogInit);

namespace {

/// hadolint's DL3046 threshold: a UID of more than five digits.
constexpr unsigned long long kLargeUid = 100000;

struct UseraddOptions {
  bool noLogInit = false;
  const shell::Word* uid = nullptr;
};

/// Short options of useradd that take a value (the next word, or the rest of the cluster).
bool takesValue(char letter) { return std::string_view("bcdefgGkKpRPsuZ").find(letter) != std::string_view::npos; }

UseraddOptions readOptions(const shell::SimpleCommand& command, std::size_t first) {
  UseraddOptions options;
  for (std::size_t i = first; i < command.words.size(); ++i) {
    const shell::Word& word = command.words[i];
    if (!word.value)
      continue;
    std::string_view text = *word.value;
    if (text == "--")
      break;
    if (text == "--no-log-init") {
      options.noLogInit = true;
    } else if (text == "--uid") {
      if (i + 1 < command.words.size())
        options.uid = &command.words[i + 1];
      ++i;
    } else if (text.starts_with("--uid=")) {
      options.uid = &word; // the value is read from the word's text after '='
    } else if (text.size() > 1 && text[0] == '-' && text[1] != '-') {
      for (std::size_t k = 1; k < text.size(); ++k) {
        if (text[k] == 'l')
          options.noLogInit = true;
        if (takesValue(text[k])) {
          if (text[k] == 'u' && k + 1 == text.size() && i + 1 < command.words.size())
            options.uid = &command.words[i + 1];
          else if (text[k] == 'u')
            options.uid = &word;
          if (k + 1 == text.size())
            ++i;
          break;
        }
      }
    }
  }
  return options;
}

std::optional<unsigned long long> parseUid(std::string_view text) {
  if (auto eq = text.find('='); text.starts_with("--uid="))
    text.remove_prefix(eq + 1);
  else if (text.starts_with("-") && text.find('u') != std::string_view::npos)
    text.remove_prefix(text.find('u') + 1);
  unsigned long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty())
    return std::nullopt;
  return value;
}

} // namespace

void UseraddWithoutNoLogInit::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const RunScript& run : context.get<ShellModel>().scripts())
    for (const ToolInvocation& call : run.invocations) {
      if (call.tool != "useradd")
        continue;
      UseraddOptions options = readOptions(*call.command, call.toolIndex + 1);
      if (options.noLogInit || !options.uid)
        continue;
      const shell::Word& uidWord = *options.uid;
      std::string message;
      if (uidWord.value) {
        std::optional<unsigned long long> uid = parseUid(*uidWord.value);
        if (!uid || *uid < kLargeUid)
          continue;
        message = "'useradd' with the large UID " + std::to_string(*uid) + " and no '-l' (--no-log-init)";
      } else {
        // A UID from a build argument: resolve its default; with none, the value can be anything.
        std::string raw;
        for (char c : uidWord.raw)
          if (c != '"')
            raw.push_back(c);
        ResolvedWord resolved = scopes.expand(run.instruction, raw);
        if (resolved.value) {
          std::optional<unsigned long long> uid = parseUid(*resolved.value);
          if (!uid || *uid < kLargeUid)
            continue;
          message = "'useradd' with the large UID " + std::to_string(*uid) + " and no '-l' (--no-log-init)";
        } else {
          message = "'useradd' with a UID known only at build time ('" + uidWord.raw + "') and no '-l' (--no-log-init)";
        }
      }
      const shell::Word& useradd = call.command->words[call.toolIndex];
      Diagnostic d = context.make(info(), useradd.range, message);
      d.notes.push_back({"useradd fills /var/log/lastlog and faillog up to the UID; the layer stores those sparse "
                         "files in full",
                         uidWord.range});
      SourceRange after{useradd.range.end, useradd.range.end};
      d.fixes.push_back({"add '-l'", {{after, " -l"}}, Applicability::Safe});
      context.emit(std::move(d));
    }
}

} // namespace dlint::passes::rules
