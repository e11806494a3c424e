#pragma once
// Finds the heredoc words (`<<EOF`, `<<-"EOT"`, `3<<X`) on an instruction's logical line.

#include <string_view>
#include <vector>

#include "frontend/ArgumentParsers.h"

namespace dlint::frontend {

struct HeredocWord {
  LogicalSpan span;
  std::string name;
  int fileDescriptor = 0;
  bool chomp = false;
  bool expand = true;
};

/// The heredocs named on `line`, in order; none when the line does not lex (unbalanced quote).
std::vector<HeredocWord> findHeredocWords(std::string_view line);

} // namespace dlint::frontend
