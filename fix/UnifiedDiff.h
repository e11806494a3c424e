#pragma once
// A unified diff (as `diff -u`, three lines of context) of a file before and after fixing,
// for --diff.

#include <string>
#include <string_view>

namespace dlint::fix {

/// `--- NAME` / `+++ NAME` and the hunks; empty when the texts are equal. A last line without
/// a newline is followed by `\ No newline at end of file`, as diff prints it.
std::string unifiedDiff(std::string_view name, std::string_view before, std::string_view after);

} // namespace dlint::fix
