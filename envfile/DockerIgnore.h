#pragma once
// BuildKit's .dockerignore: which paths of a build context are left out. Follows moby's
// patternmatcher (MatchesOrParentMatches) and ignorefile.ReadAll, written from their
// documented behaviour, without regular expressions:
//   - `#` at the very start of a line is a comment; lines are trimmed; empty lines skipped;
//   - `!pattern` re-includes; the last pattern that matches a path (or one of its parent
//     folders) decides; patterns are cleaned like Go's filepath.Clean and lose a leading `/`;
//   - `*` is any run of characters other than `/`, `?` one character other than `/`,
//     `[a-z]` / `[^a-z]` a class, `\` escapes the next character;
//   - `**` is any number of folders (`a/**/b` matches `a/b`, `a/x/y/b`), at the end anything;
//     a pattern that starts with `**` and has no other wildcard is a plain suffix test
//     (`**/.env` matches `.env` and `x/.env`; `**.env` matches `prod.env` and `x.env`).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::envfile {

class DockerIgnore {
public:
  /// Patterns as ignorefile.ReadAll returns them (`!` kept as a prefix).
  explicit DockerIgnore(const std::vector<std::string>& patterns);
  /// Reads the text of a .dockerignore file.
  static DockerIgnore parse(std::string_view fileText);

  /// True when `path` (slash-separated, relative to the context root) is left out of the
  /// build context: a pattern matches it or one of its parent folders, and no later `!`
  /// pattern matches it again.
  bool excludes(std::string_view path) const;

  /// Patterns Go's filepath.Match rejects (an unclosed `[`): BuildKit refuses the whole file,
  /// so the build fails before anything is sent. They match nothing here.
  const std::vector<std::string>& invalidPatterns() const { return invalid_; }

  /// Go's path.Clean for slash-separated paths: `a//b/./c/..` is `a/b`, `` is `.`.
  static std::string cleanPath(std::string_view path);

private:
  struct Pattern {
    std::string text; ///< cleaned, without `!`
    bool exclusion = false;
  };
  static bool matches(const Pattern& pattern, std::string_view path);

  std::vector<Pattern> patterns_;
  std::vector<std::string> invalid_;
};

/// The glob matcher behind DockerIgnore, exposed for tests: does `pattern` (cleaned, no `!`)
/// match all of `path`? nullopt when the pattern is malformed.
std::optional<bool> dockerIgnoreGlobMatch(std::string_view pattern, std::string_view path);

} // namespace dlint::envfile
