#pragma once
// Secrets are never echoed (DESIGN.md). A rule that finds a secret lists its byte range in
// Diagnostic::secrets; the engine records it on the SourceFile, and every consumer shows the
// file's text and the diagnostics' messages through these helpers, which mask each secret
// past its first few characters.

#include <cstddef>
#include <string>
#include <string_view>

#include "diagnostics/SourceManager.h"

namespace dlint {

/// How many leading code points of a secret `codePoints` long may be shown: a quarter of it,
/// at most 4, so a short password shows little or nothing.
std::size_t visibleSecretPrefix(std::size_t codePoints);

/// "ghp_****": the visible prefix, then four asterisks whatever the length. For messages.
std::string maskSecret(std::string_view value);

/// Line `line` of `file` (as SourceFile::lineText) with every secret code point past its
/// visible prefix shown as '*', one per code point so columns and carets stay put.
std::string maskedLineText(const SourceFile& file, std::uint32_t line);

/// `text` with every secret value of `file` that occurs in it replaced by maskSecret(value):
/// defence in depth for messages, notes and fix-it text built from source bytes.
std::string scrubSecrets(const SourceFile& file, std::string_view text);

} // namespace dlint
