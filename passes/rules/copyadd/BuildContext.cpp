// The build context and ignore file of a Dockerfile on disk.
#include "passes/rules/copyadd/BuildContext.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace dlint::passes::rules::copyadd {

namespace fs = std::filesystem;

namespace {

/// Ignore files are small; a huge one is not read (nothing is reported from it).
constexpr std::uintmax_t kMaxIgnoreFileSize = 1U << 20;

std::optional<std::string> readFile(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error) || fs::file_size(path, error) > kMaxIgnoreFileSize || error)
    return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string_view trimSpace(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos)
    return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

} // namespace

std::optional<bool> BuildContext::isDirectory(const std::string& relative) const {
  std::error_code error;
  const fs::file_status status = fs::status(folder / relative, error);
  if (error || !fs::exists(status))
    return std::nullopt;
  return fs::is_directory(status);
}

std::optional<std::string> BuildContext::head(const std::string& relative, std::size_t size) const {
  std::error_code error;
  const fs::path path = folder / relative;
  if (!fs::is_regular_file(path, error) || error)
    return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::optional<BuildContext> buildContextOf(const SourceFile& file) {
  const fs::path path(std::string(file.name()));
  std::error_code error;
  if (path.empty() || !fs::is_regular_file(path, error) || error)
    return std::nullopt;
  BuildContext context;
  context.folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  context.dockerfileName = path.filename().string();
  // BuildKit prefers the Dockerfile's own ignore file to the context's .dockerignore.
  if (auto text = readFile(context.folder / (context.dockerfileName + ".dockerignore")))
    context.ignore = IgnoreFile{context.dockerfileName + ".dockerignore", std::move(*text), true};
  else if (auto rootText = readFile(context.folder / ".dockerignore"))
    context.ignore = IgnoreFile{".dockerignore", std::move(*rootText), false};
  return context;
}

std::vector<IgnorePattern> ignorePatterns(std::string_view text) {
  std::vector<IgnorePattern> patterns;
  std::size_t number = 0;
  while (!text.empty()) {
    ++number;
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    if (number == 1 && line.starts_with("\xEF\xBB\xBF"))
      line.remove_prefix(3);
    if (line.starts_with("#")) // a comment only at the very start of the line
      continue;
    line = trimSpace(line);
    if (!line.empty())
      patterns.push_back({std::string(line), number});
  }
  return patterns;
}

} // namespace dlint::passes::rules::copyadd
