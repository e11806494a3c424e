#pragma once
// The line-level driver: directives, comments, continuation lines, heredoc bodies, and error
// recovery at instruction boundaries. Argument syntax is InstructionBuilder's job.

#include <optional>
#include <string>
#include <vector>

#include "ast/Nodes.h"
#include "frontend/LineReader.h"
#include "frontend/SyntaxReporter.h"

namespace dlint::frontend {

/// The number of bytes a continued line keeps before its escape, or nothing when `content`
/// (a physical line without its newline) does not continue.
std::optional<std::size_t> continuationKeep(std::string_view content, char escape);
/// The same decision made by running grammar::lines::continued_line (for tests).
std::optional<std::size_t> continuationKeepByGrammar(std::string_view content, char escape);

class DockerfileParser {
public:
  DockerfileParser(std::string_view text, const SyntaxReporter& reporter, ast::Dockerfile& out);
  void run();

private:
  void parseDirectives();
  bool parseDirectiveLine(const PhysicalLine& line);
  void parseBody();
  void parseComment(const PhysicalLine& line, std::uint32_t hashOffset);
  void parseInstruction(const PhysicalLine& first, std::uint32_t keywordOffset);
  /// Reads the bodies of `node`'s heredocs; returns the end of the last line consumed.
  std::uint32_t readHeredocBodies(ast::Instruction& node, std::uint32_t lastEnd);
  void checkLineLength(const PhysicalLine& line);
  void reportEmptyContinuations(const ast::Instruction& node);

  std::string_view text_;
  const SyntaxReporter& reporter_;
  ast::Dockerfile& out_;
  LineReader reader_;
  std::vector<std::string> pendingComments_;
  std::uint32_t lastCheckedLine_ = 0;
};

} // namespace dlint::frontend
