#pragma once
// Which builder flags each instruction accepts, and of what type (BuildKit's I/bflag.go use).

#include <optional>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"

namespace dlint::frontend {

enum class FlagType { String, Bool, Repeatable };

struct FlagSpec {
  std::string_view name;
  FlagType type;
};

/// The flags `kind` accepts; nullopt when BuildKit never parses its flags (ARG, STOPSIGNAL).
std::optional<std::vector<FlagSpec>> flagsFor(ast::InstructionKind kind);

} // namespace dlint::frontend
