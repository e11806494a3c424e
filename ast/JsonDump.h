#pragma once
// `--dump-ast=json`: the whole AST as JSON, every range resolved to line and columns.
// The schema is documented in docs/ast-json.md.

#include "ast/Nodes.h"

#include <nlohmann/json.hpp>
#include <string>

namespace dlint::ast {

/// The AST of `file` (parsed from `source`) as an ordered JSON object; key order is fixed.
nlohmann::ordered_json dumpJson(const Dockerfile& file, const SourceFile& source);

/// dumpJson serialised with two-space indentation and a final newline. Invalid UTF-8 in any
/// string is replaced with U+FFFD instead of throwing.
std::string dumpJsonText(const Dockerfile& file, const SourceFile& source);

} // namespace dlint::ast
