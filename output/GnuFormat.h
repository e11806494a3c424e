#pragma once
// --format gnu: one line per diagnostic in the GNU Coding Standards' form ("Formatting Error
// Messages"), which Emacs' compilation mode and most editors parse:
//   Dockerfile:4:5: warning: message [DF302]          (an empty range: a point)
//   Dockerfile:4.5-8: warning: message [DF302]        (a range on one line)
//   Dockerfile:4.5-6.2: warning: message [DF302]      (a range over several lines)
// As the standards ask, columns are display columns (tab stops every 8, East Asian wide
// characters 2 wide), 1-based, and a range's end column is its last character's, inclusive.
// Notes follow as `file:line:col: note: ...` (at their own range, else the finding's start).
// Unreadable inputs are reported on stderr only, as in every format.

#include <ostream>

#include "output/ReportConsumer.h"

namespace dlint::output {

class GnuFormat : public ReportConsumer {
public:
  explicit GnuFormat(std::ostream& out) : out_(out) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;

private:
  std::ostream& out_;
};

/// "4:5", "4.5-8" or "4.5-6.2" for `range` of `file`, as described above.
std::string gnuLocation(const SourceFile& file, SourceRange range);

} // namespace dlint::output
