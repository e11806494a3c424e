#pragma once
// Helpers every machine-readable format shares: URIs for file names, positions of a byte
// range, and source text masked as the text printer masks it (diagnostics/Redaction.h).

#include <string>
#include <string_view>

#include "diagnostics/SourceManager.h"

namespace dlint::output {

/// Percent-encodes everything but RFC 3986 unreserved characters and '/'.
std::string percentEncodePath(std::string_view path);

/// A SARIF artifact URI for a displayed file name: relative to the working directory when the
/// file is inside it ("sub/Dockerfile", to be resolved against %SRCROOT%), else an absolute
/// file:// URI. `relative` says which.
std::string artifactUri(std::string_view displayName, bool& relative);

/// "file:///abs/cwd/": the working directory as a URI ending in '/', for originalUriBaseIds.
std::string workingDirectoryUri();

/// The text of `range`, lines joined by '\n', with secret code points shown as '*' exactly as
/// in the text printer's source lines. Never holds a secret's bytes past its visible prefix.
std::string maskedSnippet(const SourceFile& file, SourceRange range);

/// A range's start and end as rendered positions (end is half-open, as SourceRange).
struct RangePositions {
  LineColumn start;
  LineColumn end;
};
RangePositions positionsOf(const SourceFile& file, SourceRange range);

} // namespace dlint::output
