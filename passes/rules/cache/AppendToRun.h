#pragma once
// A fix that ends a RUN with one more command: ` && rm -rf /var/lib/apt/lists/*`.

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/Diagnostic.h"
#include "passes/analyses/ShellModel.h"

namespace dlint::passes::rules {

/// Appends ` && <command>` after the last byte of `run`'s script. Offered only where the
/// result is plainly right: a shell-form RUN without here-documents or comments, that parsed
/// cleanly and does not end in an operator (`;`, `&`, `|`) or a continuation.
std::optional<FixIt> appendCommandFix(const RunScript& run, std::string_view command, Applicability applicability);

} // namespace dlint::passes::rules
