#pragma once
// Lets Catch print references when a check fails.

#include <ostream>

#include "passes/expansion/WordExpander.h"

namespace dlint::expansion {

inline std::ostream& operator<<(std::ostream& os, const VariableReference& r) {
  return os << "{" << r.name << " [" << r.range.begin << "," << r.range.end << ") name [" << r.nameRange.begin
            << "," << r.nameRange.end << ") op '" << r.op << "'" << (r.braced ? " braced" : "") << " depth "
            << r.depth << (r.set ? " set" : " unset") << "}";
}

} // namespace dlint::expansion
