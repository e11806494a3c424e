#pragma once
// What the COPY and ADD rules need to know about a source word: where it comes from (the
// build context, a URL, a git repository, a here-document) as BuildKit's dispatchCopy decides
// it, whether it is a wildcard, whether ADD would unpack it, and its value after expansion.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"
#include "passes/analyses/ArgEnvScopes.h"

namespace dlint::passes::rules::copyadd {

enum class SourceKind {
  Local,   ///< a path in the build context (or in the `--from` stage/image)
  Http,    ///< `http://` or `https://` (not a git repository)
  Git,     ///< a git repository: `git://`, `ssh://`, `user@host:path`, or http(s) ending in `.git`
  Heredoc, ///< `<<EOF`: inline file content
};

/// The kind of a source as BuildKit's dispatchCopy tells it (gitutil.ParseGitRef, then
/// isHTTPSource). `github.com/x/y` without a scheme is a local path, as BuildKit now treats it.
SourceKind sourceKind(std::string_view source);

/// A git source: the ref after `#` (`v1.2:subdir` gives `v1.2`) or in `?ref=`/`?tag=`/
/// `?branch=`/`?commit=`/`?checksum=`; empty when the URL names none.
std::string gitRef(std::string_view source);
/// True when `ref` is a full commit id (40 or 64 hex digits).
bool isFullCommitId(std::string_view ref);

/// True when the path has glob characters BuildKit expands (`*`, `?`, `[`).
bool hasWildcard(std::string_view path);

/// True when a file of this name is likely an archive ADD unpacks (.tar, .tgz, .tar.gz, .zst,
/// bare .gz/.bz2/.xz too, as the content decides, not the name). Case-insensitive.
bool looksLikeArchiveName(std::string_view path);

/// True when `bytes` (a file's first 512 bytes or more) start like a tar file or a compressed
/// stream: BuildKit's ADD decides by content.
bool looksLikeArchiveContent(std::string_view bytes);

/// `COPY` / `ADD` written in the case of `keyword` (`add` gives `copy`, `Add` gives `Copy`).
std::string keywordInCaseOf(std::string_view keyword, std::string_view upper);

/// The source words of a COPY/ADD (every argument but the destination).
std::vector<const ast::Word*> sourceWords(const ast::FileTransferInstruction& transfer);

/// A word's text after BuildKit's expansion before `instruction`; the text itself when it has
/// no `$`; nullopt when it reads a value dlint does not know (or `scopes` is null: ONBUILD).
/// JSON-form words are already decoded; shell-form words keep quotes, which BuildKit removes.
std::optional<std::string> expandedText(const ArgEnvScopes* scopes, const ast::Instruction& instruction,
                                        const ast::Word& word, bool json);

/// Every COPY and ADD of the file: the instructions themselves, and ONBUILD triggers when
/// `withTriggers` (those run in a child build: a different context and stage).
struct Transfer {
  const ast::FileTransferInstruction* instruction = nullptr;
  bool trigger = false; ///< an ONBUILD trigger
};
std::vector<Transfer> transfers(const ast::Dockerfile& file, bool withTriggers);

} // namespace dlint::passes::rules::copyadd
