#pragma once
// BuildKit's instruction layer: what its parser accepts but the instruction parser rejects
// (unknown instructions and flags, argument counts, stage names, mounts, HEALTHCHECK options).

#include "ast/Nodes.h"
#include "frontend/SyntaxReporter.h"

namespace dlint::frontend {

void validateInstructions(const ast::Dockerfile& file, const SyntaxReporter& reporter);

} // namespace dlint::frontend
