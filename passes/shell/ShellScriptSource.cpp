#include "passes/shell/ShellScriptSource.h"

#include <array>
#include <string>

namespace dlint::shell {

namespace {

bool isShell(std::string_view program) {
  if (auto slash = program.rfind('/'); slash != std::string_view::npos)
    program.remove_prefix(slash + 1);
  constexpr std::array<std::string_view, 7> shells{"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"};
  for (std::string_view s : shells)
    if (program == s)
      return true;
  return false;
}

/// True when `text`, trimmed, is one here-document word: `<<EOF`, `<<-"EOF"`, `3<<EOF`.
bool isSingleHeredocWord(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9')
    ++i;
  if (text.substr(i, 2) != "<<")
    return false;
  return text.find_first_of(" \t", i + 2) == std::string_view::npos && text.size() > i + 2;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::optional<std::uint32_t> hex4(std::string_view s, std::size_t at) {
  if (at + 4 > s.size())
    return std::nullopt;
  std::uint32_t v = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    char c = s[i];
    std::uint32_t d;
    if (c >= '0' && c <= '9') d = static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
    else return std::nullopt;
    v = v * 16 + d;
  }
  return v;
}

/// Decodes the JSON string literal at `begin` in `source` (the opening quote), mapping every
/// decoded byte to its source offset; nullopt when the literal is not there or not well formed.
std::optional<ast::LogicalText> decodeJsonLiteral(std::string_view source, std::uint32_t begin) {
  if (begin >= source.size() || source[begin] != '"')
    return std::nullopt;
  ast::LogicalText out;
  std::uint32_t i = begin + 1;
  std::uint32_t run = i;
  auto flush = [&] {
    if (i > run)
      out.append(source.substr(run, i - run), run);
  };
  while (i < source.size() && source[i] != '"') {
    if (source[i] != '\\') {
      ++i;
      continue;
    }
    flush();
    std::uint32_t escape = i;
    if (i + 1 >= source.size())
      return std::nullopt;
    char c = source[i + 1];
    std::string decoded;
    std::uint32_t length = 2;
    switch (c) {
    case 'n': decoded = "\n"; break;
    case 't': decoded = "\t"; break;
    case 'r': decoded = "\r"; break;
    case 'b': decoded = "\b"; break;
    case 'f': decoded = "\f"; break;
    case '"': case '\\': case '/': decoded = std::string(1, c); break;
    case 'u': {
      auto cp = hex4(source, i + 2);
      if (!cp)
        return std::nullopt;
      length = 6;
      if (*cp >= 0xD800 && *cp < 0xDC00 && source.substr(i + 6, 2) == "\\u") {
        if (auto low = hex4(source, i + 8); low && *low >= 0xDC00 && *low < 0xE000) {
          *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
          length = 12;
        }
      }
      appendUtf8(decoded, *cp);
      break;
    }
    default:
      return std::nullopt;
    }
    // Every decoded byte maps to the escape's backslash.
    for (char d : decoded)
      out.append(std::string_view(&d, 1), escape);
    i += length;
    run = i;
  }
  if (i >= source.size())
    return std::nullopt;
  flush();
  return out;
}

/// `#!/bin/sh -e`, `#!/usr/bin/env bash`: true when the interpreter is a shell.
bool shebangRunsShell(std::string_view line) {
  std::vector<std::string_view> tokens;
  std::size_t pos = 0;
  while (pos < line.size()) {
    std::size_t begin = line.find_first_not_of(" \t\r", pos);
    if (begin == std::string_view::npos)
      break;
    std::size_t end = line.find_first_of(" \t\r", begin);
    if (end == std::string_view::npos)
      end = line.size();
    tokens.push_back(line.substr(begin, end - begin));
    pos = end;
  }
  if (tokens.empty())
    return false;
  std::string_view program = tokens[0];
  if (program == "/usr/bin/env" || program == "/bin/env") {
    for (std::size_t i = 1; i < tokens.size(); ++i)
      if (tokens[i].front() != '-')
        return isShell(tokens[i]);
    return false;
  }
  return isShell(program);
}

} // namespace

std::optional<ast::LogicalText> execFormShellScript(const std::vector<ast::Word>& elements, std::string_view sourceText) {
  if (elements.empty() || !isShell(elements[0].text))
    return std::nullopt;
  std::size_t i = 1;
  std::optional<std::size_t> script;
  while (i < elements.size()) {
    std::string_view arg = elements[i].text;
    if (arg == "-o" || arg == "+o") {
      i += 2;
      continue;
    }
    if (arg.size() > 1 && (arg[0] == '-' || arg[0] == '+') && arg != "--") {
      if (arg[0] == '-' && arg[1] != '-' && arg.find('c') != std::string_view::npos) {
        script = i + 1;
        break;
      }
      ++i;
      continue;
    }
    break; // a script file or `--`: not -c
  }
  if (!script || *script >= elements.size())
    return std::nullopt;
  const ast::Word& word = elements[*script];
  if (auto decoded = decodeJsonLiteral(sourceText, word.range.begin); decoded && decoded->text() == word.text)
    return decoded;
  ast::LogicalText approximate;
  std::uint32_t start = word.range.begin;
  if (start < sourceText.size() && sourceText[start] == '"')
    ++start;
  approximate.append(word.text, start);
  return approximate;
}

ast::LogicalText shellFormScript(const ast::Command& command, const std::vector<ast::Heredoc>& heredocs) {
  if (heredocs.empty())
    return command.shell;
  if (isSingleHeredocWord(command.shell.text())) {
    // `RUN <<EOF`: the body is the script.
    ast::LogicalText body;
    body.append(heredocs.front().content, heredocs.front().bodyRange.begin);
    return body;
  }
  ast::LogicalText text = command.shell;
  for (const ast::Heredoc& h : heredocs) {
    // The newline that ends the line before the body, the body, the name on its terminator line.
    text.append("\n", h.bodyRange.begin > 0 ? h.bodyRange.begin - 1 : 0);
    text.append(h.content, h.bodyRange.begin);
    std::uint32_t nameAt = h.terminatorRange.end >= h.name.size()
                               ? h.terminatorRange.end - static_cast<std::uint32_t>(h.name.size())
                               : h.terminatorRange.begin;
    if (h.terminatorRange.empty())
      nameAt = h.bodyRange.end;
    text.append(h.name, nameAt);
    text.append("\n", h.terminatorRange.end);
  }
  return text;
}

std::optional<ast::LogicalText> shellScriptOf(const ast::CommandInstruction& instruction, std::string_view sourceText) {
  if (instruction.command.json)
    return execFormShellScript(instruction.command.elements, sourceText);
  if (!instruction.heredocs.empty() && isSingleHeredocWord(instruction.command.shell.text())) {
    std::string_view content = instruction.heredocs.front().content;
    if (content.substr(0, 2) == "#!" && !shebangRunsShell(content.substr(2, content.find('\n') - 2)))
      return std::nullopt; // written to a file and run by another interpreter
  }
  return shellFormScript(instruction.command, instruction.heredocs);
}

} // namespace dlint::shell
