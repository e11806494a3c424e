#pragma once
// Where a Dockerfile's build context and ignore file are, seen from the Dockerfile's path on
// disk. dlint assumes the context is the Dockerfile's own folder (`docker build .` next to it);
// a build that passes another context cannot be seen from the Dockerfile. Standard input (the
// name `<stdin>`, or any name that is not a file on disk) has no folder: rules that need one
// stay silent.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/SourceManager.h"
#include "passes/AnalysisManager.h"

namespace dlint::passes::rules::copyadd {

/// The ignore file BuildKit reads for a Dockerfile: `<Dockerfile>.dockerignore` next to it
/// first, else `.dockerignore` at the context root.
struct IgnoreFile {
  std::string name;      ///< `.dockerignore` or `Dockerfile.dockerignore`, for messages
  std::string text;
  bool perDockerfile = false;
};

struct BuildContext {
  std::filesystem::path folder; ///< the Dockerfile's folder, taken as the context root
  std::string dockerfileName;
  std::optional<IgnoreFile> ignore;

  /// The kind of `relative` (slash-separated, below the context): nullopt when it does not
  /// exist; true for a directory.
  std::optional<bool> isDirectory(const std::string& relative) const;
  /// The first `size` bytes of a regular file below the context; nullopt when unreadable.
  std::optional<std::string> head(const std::string& relative, std::size_t size) const;
};

/// The build context of `file`, or nullopt when its name is not a regular file on disk.
std::optional<BuildContext> buildContextOf(const SourceFile& file);

/// The build context as an analysis: the rules that need it share one look at the disk
/// (a few stat calls and a read per Dockerfile, costlier than most rules).
struct BuildContextOnDisk {
  std::optional<BuildContext> context;
  static BuildContextOnDisk build(AnalysisManager& analyses) { return {buildContextOf(analyses.source())}; }
};

/// One pattern line of an ignore file, as ignorefile.ReadAll keeps it.
struct IgnorePattern {
  std::string text; ///< trimmed, `!` kept
  std::size_t line = 0; ///< 1-based
};
std::vector<IgnorePattern> ignorePatterns(std::string_view text);

} // namespace dlint::passes::rules::copyadd
