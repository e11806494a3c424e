// Source classification for the COPY/ADD rules, following BuildKit's dispatchCopy.
#include "passes/rules/copyadd/CopyAddSources.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dlint::passes::rules::copyadd {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

/// scp-like git remotes (`git@github.com:org/repo.git`): `user@host:path`, no `/` before '@'.
bool isScpLike(std::string_view source) {
  const std::size_t at = source.find('@');
  if (at == std::string_view::npos || at == 0)
    return false;
  const std::string_view user = source.substr(0, at);
  if (user.find('/') != std::string_view::npos || user.find(':') != std::string_view::npos)
    return false;
  const std::size_t colon = source.find(':', at + 1);
  if (colon == std::string_view::npos || colon == at + 1 || colon + 1 >= source.size())
    return false;
  const std::string_view host = source.substr(at + 1, colon - at - 1);
  return host.find('/') == std::string_view::npos;
}

/// The URL's path without `#fragment` and `?query`.
std::string_view urlPath(std::string_view url) {
  const std::size_t cut = url.find_first_of("#?");
  return cut == std::string_view::npos ? url : url.substr(0, cut);
}

} // namespace

SourceKind sourceKind(std::string_view source) {
  if (source.starts_with("<<"))
    return SourceKind::Heredoc;
  if (source.starts_with("./") || source.starts_with("../"))
    return SourceKind::Local;
  if (source.starts_with("git://") || source.starts_with("ssh://") || isScpLike(source))
    return SourceKind::Git;
  if (source.starts_with("http://") || source.starts_with("https://")) {
    // An http(s) URL is a git repository only when its path ends in `.git` (ParseGitRef).
    return urlPath(source).ends_with(".git") ? SourceKind::Git : SourceKind::Http;
  }
  return SourceKind::Local;
}

std::string gitRef(std::string_view source) {
  const std::size_t hash = source.find('#');
  if (hash != std::string_view::npos) {
    std::string_view fragment = source.substr(hash + 1);
    return std::string(fragment.substr(0, fragment.find(':')));
  }
  const std::size_t question = source.find('?');
  if (question == std::string_view::npos)
    return "";
  std::string_view query = source.substr(question + 1);
  std::string found;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos) {
      const std::string_view key = pair.substr(0, eq);
      const std::string_view value = pair.substr(eq + 1);
      // A commit pin wins over a branch or tag named next to it.
      if (key == "commit" || key == "checksum")
        return std::string(value);
      if (key == "ref" || key == "tag" || key == "branch")
        found = std::string(value);
    }
    if (amp == std::string_view::npos)
      break;
    query.remove_prefix(amp + 1);
  }
  return found;
}

bool isFullCommitId(std::string_view ref) {
  return (ref.size() == 40 || ref.size() == 64) &&
         std::all_of(ref.begin(), ref.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

bool hasWildcard(std::string_view path) { return path.find_first_of("*?[") != std::string_view::npos; }

bool looksLikeArchiveName(std::string_view path) {
  static constexpr std::array<std::string_view, 19> kSuffixes = {
      ".tar", ".tgz", ".tbz", ".tbz2", ".tb2", ".txz", ".tzst", ".tlz", ".taz", ".tpz",
      ".gz",  ".bz2", ".xz",  ".zst",  ".zstd", ".lz", ".lzma", ".z",   ".lz4"};
  const std::string name = lower(path);
  if (name.ends_with("/"))
    return false; // a folder
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view s) { return name.ends_with(s); });
}

bool looksLikeArchiveContent(std::string_view bytes) {
  auto startsWith = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  using namespace std::string_view_literals;
  if (startsWith("\x1f\x8b"sv) || startsWith("BZh"sv) || startsWith("\xfd" "7zXZ\x00"sv) ||
      startsWith("\x28\xb5\x2f\xfd"sv) || startsWith("\x1f\x9d"sv) || startsWith("\x5d\x00\x00"sv) ||
      startsWith("\x04\x22\x4d\x18"sv))
    return true;
  // POSIX and GNU tar: "ustar" at offset 257.
  return bytes.size() >= 262 && bytes.substr(257, 5) == "ustar";
}

std::string keywordInCaseOf(std::string_view keyword, std::string_view upper) {
  const bool allLower = std::none_of(keyword.begin(), keyword.end(), [](unsigned char c) { return std::isupper(c); });
  const bool allUpper = std::none_of(keyword.begin(), keyword.end(), [](unsigned char c) { return std::islower(c); });
  std::string out(upper);
  if (allUpper)
    return out;
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!allLower && !out.empty())
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::vector<const ast::Word*> sourceWords(const ast::FileTransferInstruction& transfer) {
  std::vector<const ast::Word*> sources;
  for (std::size_t i = 0; i + 1 < transfer.args.size(); ++i)
    sources.push_back(&transfer.args[i]);
  return sources;
}

std::optional<std::string> expandedText(const ArgEnvScopes* scopes, const ast::Instruction& instruction,
                                        const ast::Word& word, bool json) {
  const bool plain = json ? word.text.find('$') == std::string::npos
                          : word.text.find_first_of("$\"'\\`") == std::string::npos;
  if (plain)
    return word.text;
  if (!scopes)
    return std::nullopt;
  ResolvedWord resolved = scopes->expand(&instruction, word.text);
  if (resolved.readsUnknown || resolved.readsImageEnv || resolved.error)
    return std::nullopt;
  return resolved.value;
}

std::vector<Transfer> transfers(const ast::Dockerfile& file, bool withTriggers) {
  std::vector<Transfer> out;
  for (const auto& node : file.instructions) {
    if (const auto* transfer = ast::dyn_cast<ast::FileTransferInstruction>(node.get())) {
      out.push_back({transfer, false});
    } else if (const auto* onbuild = ast::dyn_cast<ast::OnbuildInstruction>(node.get()); onbuild && withTriggers) {
      if (const auto* trigger = ast::dyn_cast<ast::FileTransferInstruction>(onbuild->trigger.get()))
        out.push_back({trigger, true});
    }
  }
  return out;
}

} // namespace dlint::passes::rules::copyadd
