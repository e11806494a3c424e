#pragma once
// `--dump-ast=buildkit`: the AST printed exactly as BuildKit's `Node.Dump()` prints its own,
// so dlint's frontend can be checked byte for byte against BuildKit's parser fixtures.

#include "ast/Nodes.h"

#include <string>

namespace dlint::ast {

/// One `(keyword ["flags"] "arg" …)` line per instruction; the whole dump is trimmed and a
/// single "\n" appended, as BuildKit's tests do with `Dump() + "\n"` (an empty file gives "\n").
std::string dumpBuildkit(const Dockerfile& file);

/// One instruction without its parentheses: `run ["--mount=…"] "echo hi"`.
std::string dumpBuildkitInstruction(const Instruction& instruction);

} // namespace dlint::ast
