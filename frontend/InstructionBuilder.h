#pragma once
// Turns one logical line into a typed instruction node, the way BuildKit's line parsers do.

#include <memory>

#include "ast/Nodes.h"
#include "frontend/SyntaxReporter.h"

namespace dlint::frontend {

class InstructionBuilder {
public:
  InstructionBuilder(char escape, const SyntaxReporter& reporter) : escape_(escape), reporter_(reporter) {}

  /// Builds the instruction held by `line`; null when the line has no keyword at all.
  std::unique_ptr<ast::Instruction> build(const ast::LogicalText& line) const;

private:
  std::unique_ptr<ast::Instruction> build(const ast::LogicalText& line, std::uint32_t begin,
                                          std::uint32_t end, int depth) const;
  void parseArguments(ast::Instruction& node, const ast::LogicalText& line, std::uint32_t begin,
                      std::uint32_t end, int depth) const;
  ast::Command parseCommand(const ast::LogicalText& line, std::uint32_t begin, std::uint32_t end) const;
  void parseHealthcheck(ast::HealthcheckInstruction& node, const ast::LogicalText& line,
                        std::uint32_t begin, std::uint32_t end) const;
  void parseKeyValues(ast::KeyValueInstruction& node, const ast::LogicalText& line,
                      std::uint32_t begin, std::uint32_t end) const;
  void parseArg(ast::ArgInstruction& node, const ast::LogicalText& line, std::uint32_t begin,
                std::uint32_t end) const;
  /// JSON array or whitespace list (COPY, ADD, VOLUME); returns whether it was JSON.
  bool parseList(std::vector<ast::Word>& out, const ast::LogicalText& line, std::uint32_t begin,
                 std::uint32_t end) const;

  char escape_;
  const SyntaxReporter& reporter_;
};

} // namespace dlint::frontend
