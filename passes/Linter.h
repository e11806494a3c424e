#pragma once
// Runs every selected rule over one parsed Dockerfile.

#include <functional>

#include "ast/Nodes.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "passes/RuleInfo.h"
#include "passes/RuleOptions.h"

namespace dlint::passes {

/// Which rules run; by default all of them except the opt-in ones (tag `opt-in`).
using RuleFilter = std::function<bool(const RuleInfo&)>;

void lintDockerfile(const ast::Dockerfile& file, const SourceFile& source, DiagnosticsEngine& engine,
                    const RuleFilter& filter = {},
                    const RuleOptions& options = RuleOptions::defaults());

} // namespace dlint::passes
