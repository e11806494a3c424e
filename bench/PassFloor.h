#pragma once
// Lower bounds for the two analyses that read most of a file's bytes, measured with everything
// but their reading taken away:
// - the shell model: the shell grammar matched with no actions (no tree, no words, no
//   here-document bookkeeping) over every RUN script the model parses;
// - the secret scanner: its keyword pass alone (SecretScanner::candidates, no regex) over every
//   file's whole text.
// Whatever the analyses build on top, they cannot cost less than this while they are a PEGTL
// grammar and a scan of every byte, as issue 3 asks.

#include <cstddef>
#include <vector>

#include "bench/BenchSupport.h"

namespace dlint::bench {

struct PassFloor {
  std::size_t scripts = 0;         ///< RUN scripts the shell model parses over the inputs
  std::size_t scriptBytes = 0;     ///< their bytes (here-document bodies included)
  std::size_t matchedBytes = 0;    ///< of those, the bytes the grammar matched (the rest it skipped)
  double shellGrammarSeconds = 0;  ///< median thread CPU time of one actionless pass over them
  std::size_t fileBytes = 0;       ///< bytes of every input
  double secretKeywordSeconds = 0; ///< median thread CPU time of the keyword pass over them
  std::size_t detectorsToRun = 0;  ///< (file, detector) pairs whose keyword occurs: regex runs
};

/// Collects the scripts (untimed), then times both passes `repetitions` times after one
/// warm-up round.
PassFloor measurePassFloor(const std::vector<NamedText>& inputs, int repetitions);

} // namespace dlint::bench
