#pragma once
// RUN --mount=... specifications (BuildKit's instructions/commands_runmount.go).

#include "ast/Nodes.h"
#include "frontend/SyntaxReporter.h"

namespace dlint::frontend {

void validateMount(const ast::Flag& flag, const SyntaxReporter& reporter);

} // namespace dlint::frontend
