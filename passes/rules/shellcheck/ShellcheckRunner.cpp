#include "passes/rules/shellcheck/ShellcheckRunner.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "envfile/EnvFileFacts.h"

namespace dlint::passes::shellcheck {

namespace fs = std::filesystem;

namespace {

constexpr int kPreludeLines = 2;

/// A private directory for the scripts, removed with everything in it when it goes out of scope.
class TemporaryDirectory {
public:
  TemporaryDirectory() {
    std::string pattern = (fs::temp_directory_path() / "dlint-shellcheck-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
      path_ = pattern;
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    if (!path_.empty())
      fs::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

bool isExecutable(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

int intField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

std::optional<std::string> findShellcheck() {
  if (const char* configured = std::getenv("DLINT_SHELLCHECK"); configured && *configured)
    return isExecutable(configured) ? std::optional<std::string>(configured) : std::nullopt;
  const char* path = std::getenv("PATH");
  std::string_view directories = path ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!directories.empty()) {
    std::size_t colon = directories.find(':');
    std::string_view directory = directories.substr(0, colon);
    fs::path candidate = fs::path(directory.empty() ? "." : std::string(directory)) / "shellcheck";
    if (isExecutable(candidate))
      return candidate.string();
    if (colon == std::string_view::npos)
      break;
    directories.remove_prefix(colon + 1);
  }
  return std::nullopt;
}

std::optional<std::vector<Comment>> run(const std::string& executable, const std::vector<Script>& scripts,
                                        const std::vector<int>& excluded) {
  if (scripts.empty())
    return std::vector<Comment>{};
  TemporaryDirectory directory;
  if (directory.path().empty())
    return std::nullopt;
  // Each script gets its own file (ShellCheck's --shell applies to all files; the dialect is a
  // `# shellcheck shell=` directive on the first line instead, so one process serves them all).
  std::vector<std::string> argv = {executable, "--format=json1", "--norc", "--color=never"};
  if (!excluded.empty()) {
    std::string list;
    for (int code : excluded)
      list += (list.empty() ? "SC" : ",SC") + std::to_string(code);
    argv.push_back("--exclude=" + list);
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    fs::path file = directory.path() / ("run" + std::to_string(i) + ".sh");
    std::ofstream out(file, std::ios::binary);
    out << "# shellcheck shell=" << scripts[i].dialect << "\nexport";
    for (const std::string& name : scripts[i].knownVariables)
      out << ' ' << name << "=1";
    out << " dlint_prelude=1\n" << scripts[i].text;
    if (!out)
      return std::nullopt;
    names.push_back(file.string());
    argv.push_back(file.string());
  }
  std::optional<envfile::ProcessResult> result = envfile::runProcess(argv);
  // ShellCheck exits 0 (clean) or 1 (findings); anything else is a usage or I/O error.
  if (!result || (result->exitCode != 0 && result->exitCode != 1))
    return std::nullopt;
  nlohmann::json document = nlohmann::json::parse(result->output, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object() || !document.contains("comments") || !document["comments"].is_array())
    return std::nullopt;

  std::vector<Comment> comments;
  for (const nlohmann::json& entry : document["comments"]) {
    if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string())
      continue;
    auto found = std::find(names.begin(), names.end(), entry["file"].get<std::string>());
    if (found == names.end())
      continue;
    Comment comment;
    comment.script = static_cast<std::size_t>(found - names.begin());
    // Lines 1 and 2 are dlint's prelude (the dialect directive, the known variables).
    comment.line = intField(entry, "line") - kPreludeLines;
    comment.endLine = intField(entry, "endLine") - kPreludeLines;
    comment.column = intField(entry, "column");
    comment.endColumn = intField(entry, "endColumn");
    comment.code = intField(entry, "code");
    comment.level = entry.value("level", "");
    comment.message = entry.value("message", "");
    if (auto fix = entry.find("fix"); fix != entry.end() && fix->is_object() && fix->contains("replacements"))
      for (const nlohmann::json& replacement : (*fix)["replacements"])
        comment.fix.push_back({intField(replacement, "line") - kPreludeLines, intField(replacement, "column"),
                               intField(replacement, "endLine") - kPreludeLines, intField(replacement, "endColumn"),
                               replacement.value("replacement", "")});
    comments.push_back(std::move(comment));
  }
  return comments;
}

} // namespace dlint::passes::shellcheck
