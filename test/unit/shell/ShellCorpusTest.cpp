// Real-corpus check: every RUN line that simple extraction finds in ../shared/corpus/real parses
// without a crash; how many parse completely is reported.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "ShellTestSupport.h"

using namespace dlint;
using namespace dlint::shell;

namespace {

namespace fs = std::filesystem;

bool looksLikeDockerfile(const fs::path& path) {
  std::string name = path.filename().string();
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.find("dockerfile") != std::string::npos || name.find("containerfile") != std::string::npos;
}

struct Line {
  std::uint32_t begin; // offset of the line in the file
  std::string_view text; // without its newline
};

std::vector<Line> splitLines(std::string_view file) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos < file.size()) {
    std::size_t nl = file.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? file.size() : nl;
    lines.push_back({static_cast<std::uint32_t>(pos), file.substr(pos, end - pos)});
    pos = end + 1;
  }
  return lines;
}

std::string_view trimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

/// The shell text of every shell-form RUN: continuation lines joined (comment lines inside are
/// dropped, as BuildKit does), here-document bodies appended after a newline.
std::vector<ast::LogicalText> extractRuns(std::string_view file) {
  static const std::regex heredocName(R"re(<<(-?)\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?)re");
  std::vector<ast::LogicalText> runs;
  auto lines = splitLines(file);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view first = lines[i].text;
    if (first.substr(0, 4) != "RUN ")
      continue;
    std::uint32_t offset = lines[i].begin + 4;
    std::string_view rest = first.substr(4);
    // Skip builder flags such as --mount=type=cache,target=/x.
    while (rest.substr(0, 2) == "--") {
      std::size_t space = rest.find_first_of(" \t");
      if (space == std::string_view::npos) {
        rest = {};
        break;
      }
      std::size_t next = rest.find_first_not_of(" \t", space);
      if (next == std::string_view::npos) {
        rest = {};
        break;
      }
      offset += static_cast<std::uint32_t>(next);
      rest = rest.substr(next);
    }
    if (rest.empty() || rest.front() == '[')
      continue; // exec form, or flags continued on the next line
    ast::LogicalText text;
    std::string joined;
    std::string_view piece = trimRight(rest);
    while (!piece.empty() && piece.back() == '\\' && i + 1 < lines.size()) {
      piece.remove_suffix(1);
      text.append(piece, offset);
      joined.append(piece);
      ++i;
      while (i + 1 < lines.size() && (lines[i].text.find_first_not_of(" \t") == std::string_view::npos ||
                                      lines[i].text[lines[i].text.find_first_not_of(" \t")] == '#'))
        ++i;
      offset = lines[i].begin;
      piece = trimRight(lines[i].text);
    }
    text.append(piece, offset);
    joined.append(piece);
    // Here-documents: bodies follow the logical line in order.
    bool onlyHeredoc = false;
    std::vector<std::pair<bool, std::string>> names;
    for (std::sregex_iterator it(joined.begin(), joined.end(), heredocName), end; it != end; ++it)
      names.emplace_back((*it)[1].length() > 0, (*it)[2].str());
    if (!names.empty()) {
      std::smatch whole;
      onlyHeredoc = std::regex_match(joined, whole, std::regex(R"re(\s*<<-?\s*["']?\w+["']?\s*)re"));
      ast::LogicalText body;
      for (const auto& [strip, name] : names) {
        if (!onlyHeredoc)
          text.append("\n", lines[i].begin + static_cast<std::uint32_t>(lines[i].text.size()));
        while (++i < lines.size()) {
          std::string_view line = trimRight(lines[i].text);
          if (strip)
            line.remove_prefix(std::min(line.size(), line.find_first_not_of('\t')));
          if (line == name) {
            if (!onlyHeredoc)
              text.append(name, lines[i].begin + static_cast<std::uint32_t>(lines[i].text.size() - name.size()));
            break;
          }
          ast::LogicalText& target = onlyHeredoc ? body : text;
          target.append(lines[i].text, lines[i].begin);
          target.append("\n", lines[i].begin + static_cast<std::uint32_t>(lines[i].text.size()));
        }
        if (onlyHeredoc)
          break;
      }
      if (onlyHeredoc)
        text = body;
    }
    runs.push_back(std::move(text));
  }
  return runs;
}

} // namespace

TEST_CASE("shell corpus: every RUN of the real-world corpus parses", "[shell][corpus]") {
  const fs::path root = fs::path(DLINT_SHARED_DIR) / "corpus" / "real";
  if (!fs::is_directory(root)) {
    WARN("skipped: " << root.string() << " is absent");
    return;
  }
  std::size_t files = 0;
  std::size_t runs = 0;
  std::size_t complete = 0;
  std::size_t commands = 0;
  std::vector<std::string> samples;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || !looksLikeDockerfile(entry.path()))
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string file = buffer.str();
    // RUN in Windows images is PowerShell or cmd, not sh.
    if (file.find("escape=`") != std::string::npos || file.find("SHELL [\"powershell") != std::string::npos ||
        file.find("SHELL [\"pwsh") != std::string::npos || file.find("SHELL [\"cmd") != std::string::npos)
      continue;
    ++files;
    for (const ast::LogicalText& text : extractRuns(file)) {
      ParseResult r = parseShell(text);
      REQUIRE(r.script);
      ++runs;
      forEachSimpleCommand(*r.script, [&](const SimpleCommand& c) {
        ++commands;
        // Every command's range lies inside the file.
        CHECK(c.range.end <= file.size());
      });
      if (r.complete) {
        ++complete;
      } else if (samples.size() < 40) {
        const auto& p = r.problems.front();
        samples.push_back(entry.path().filename().string() + ":" + std::to_string(p.range.begin) + ": " + p.message);
      }
    }
  }
  std::string report;
  for (const auto& s : samples)
    report += "\n  " + s;
  WARN(runs << " RUN instructions in " << files << " files: " << complete << " parsed completely, " << commands
            << " simple commands" << (samples.empty() ? "" : "; first problems:") << report);
  CHECK(runs > 0);
  // Real RUN lines are valid shell far more often than not; a drop here means a grammar regression.
  CHECK(static_cast<double>(complete) >= 0.98 * static_cast<double>(runs));
}
