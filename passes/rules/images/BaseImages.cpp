#include "passes/rules/images/BaseImages.h"

#include <algorithm>
#include <numeric>

#include "frontend/Text.h"

namespace dlint::passes::rules::images {

namespace {

/// Stands for a value dlint cannot know (a private-use rune that no Dockerfile word holds).
constexpr std::string_view kUnknown = "\xF4\x8F\xBF\xBD";

bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isAlnum(char c) { return isLowerAlnum(c) || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) { return isAlnum(c) || c == '_'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`
bool isPathComponent(std::string_view s) {
  std::size_t i = 0;
  auto alnumRun = [&] {
    std::size_t start = i;
    while (i < s.size() && isLowerAlnum(s[i]))
      ++i;
    return i > start;
  };
  if (!alnumRun())
    return false;
  while (i < s.size()) {
    if (s[i] == '.' || s[i] == '_') {
      // `_`, `__` or `.`
      if (s[i] == '_' && i + 1 < s.size() && s[i + 1] == '_')
        ++i;
      ++i;
    } else if (s[i] == '-') {
      while (i < s.size() && s[i] == '-')
        ++i;
    } else {
      return false;
    }
    if (!alnumRun())
      return false;
  }
  return true;
}

/// `host(:port)?` where host is a domain name or a bracketed IPv6 address.
bool isDomainAndPort(std::string_view s) {
  std::size_t i = 0;
  if (!s.empty() && s[0] == '[') {
    std::size_t close = s.find(']');
    if (close == std::string_view::npos || close == 1)
      return false;
    for (std::size_t k = 1; k < close; ++k)
      if (!isHex(s[k]) && s[k] != ':')
        return false;
    i = close + 1;
  } else {
    // components of [a-zA-Z0-9-] that neither start nor end with '-', joined by '.'
    while (true) {
      std::size_t start = i;
      while (i < s.size() && (isAlnum(s[i]) || s[i] == '-'))
        ++i;
      if (i == start || s[start] == '-' || s[i - 1] == '-')
        return false;
      if (i < s.size() && s[i] == '.') {
        ++i;
        continue;
      }
      break;
    }
  }
  if (i == s.size())
    return true;
  if (s[i] != ':' || i + 1 == s.size())
    return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i) + 1, s.end(), isDigit);
}

std::vector<std::string_view> splitOn(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(separator, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos)
      return parts;
    start = at + 1;
  }
}

/// `(domain/)?path(/path)*`
bool isName(std::string_view name) {
  std::vector<std::string_view> parts = splitOn(name, '/');
  bool restArePaths = std::all_of(parts.begin() + 1, parts.end(), isPathComponent);
  if (!restArePaths)
    return false;
  return isPathComponent(parts[0]) || (parts.size() > 1 && isDomainAndPort(parts[0]));
}

/// `[\w][\w.-]{0,127}`
bool isTag(std::string_view tag) {
  if (tag.empty() || tag.size() > 128 || !isWordChar(tag[0]))
    return false;
  return std::all_of(tag.begin(), tag.end(), [](char c) { return isWordChar(c) || c == '.' || c == '-'; });
}

/// Why go-digest rejects `digest`; nullopt when it is a supported, well-formed digest.
std::optional<std::string> invalidDigest(std::string_view digest) {
  std::size_t colon = digest.find(':');
  if (colon == std::string_view::npos || colon == 0)
    return "the digest is not of the form 'algorithm:hex'";
  std::string_view algorithm = digest.substr(0, colon), hex = digest.substr(colon + 1);
  // `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*`
  bool componentStart = true;
  for (char c : algorithm) {
    if (componentStart) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
        return std::string("the digest algorithm is malformed");
      componentStart = false;
    } else if (c == '-' || c == '_' || c == '+' || c == '.') {
      componentStart = true;
    } else if (!isAlnum(c)) {
      return std::string("the digest algorithm is malformed");
    }
  }
  if (componentStart)
    return std::string("the digest algorithm is malformed");
  if (hex.size() < 32 || !std::all_of(hex.begin(), hex.end(), isHex))
    return "the digest is not hexadecimal or is too short";
  std::size_t length = algorithm == "sha256" ? 64 : algorithm == "sha384" ? 96 : algorithm == "sha512" ? 128 : 0;
  if (length == 0)
    return "the digest algorithm '" + std::string(algorithm) + "' is not supported";
  if (hex.size() != length || !std::all_of(hex.begin(), hex.end(), [](char c) { return !(c >= 'A' && c <= 'F'); }))
    return "the " + std::string(algorithm) + " digest must be " + std::to_string(length) + " lower-case hex digits";
  return std::nullopt;
}

std::string lower(std::string_view s) { return frontend::toLowerAscii(s); }

/// True when `s` differs from lower(s), without building it.
bool hasUpperAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

ImageReference splitImageReference(std::string_view reference) {
  ImageReference out;
  std::string_view left = reference;
  if (std::size_t at = reference.find('@'); at != std::string_view::npos) {
    out.digest = std::string(reference.substr(at + 1));
    left = reference.substr(0, at);
  }
  std::size_t slash = left.rfind('/');
  std::size_t colon = left.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    out.tag = std::string(left.substr(colon + 1));
    out.tagOffset = colon;
    left = left.substr(0, colon);
  }
  out.name = std::string(left);
  return out;
}

std::optional<std::string> invalidImageReference(std::string_view reference) {
  if (reference.empty())
    return "the image name is empty";
  if (reference.size() == 64 && std::all_of(reference.begin(), reference.end(), [](char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
      }))
    return "a 64-digit hexadecimal string cannot name a repository";
  // splitDockerDomain: the first component is a registry when it is `localhost`, holds '.' or
  // ':', or has upper-case letters; otherwise the name is on Docker Hub.
  std::string_view domain = "docker.io", remainder = reference;
  std::string canonical;
  if (std::size_t slash = reference.find('/'); slash == std::string_view::npos) {
    canonical = "library/" + std::string(reference);
    remainder = canonical;
  } else {
    std::string_view first = reference.substr(0, slash);
    if (first == "localhost" || first.find_first_of(".:") != std::string_view::npos || hasUpperAscii(first)) {
      domain = first;
      remainder = reference.substr(slash + 1);
    } else if (first == "index.docker.io") {
      remainder = reference.substr(slash + 1);
    }
    if (domain == "docker.io" && remainder.find('/') == std::string_view::npos) {
      canonical = "library/" + std::string(remainder);
      remainder = canonical;
    }
  }
  std::string_view remote = remainder.substr(0, remainder.find(':'));
  if (hasUpperAscii(remote))
    return "the repository name must be lower case";
  std::string full = std::string(domain) + "/" + std::string(remainder);
  ImageReference parts = splitImageReference(full);
  if (parts.name.ends_with("/"))
    return std::string("the repository name is empty");
  if (!isName(parts.name))
    return std::string("it is not a valid image reference");
  if (parts.name.size() > 255)
    return std::string("the repository name is longer than 255 characters");
  if (parts.tag && !isTag(*parts.tag))
    return parts.tag->empty() ? std::string("the tag is empty") : "'" + *parts.tag + "' is not a valid tag";
  if (parts.digest) {
    if (auto why = invalidDigest(*parts.digest))
      return why;
  }
  return std::nullopt;
}

std::optional<Platform> parsePlatform(std::string_view specifier) {
  if (specifier.find('*') != std::string_view::npos)
    return std::nullopt;
  std::vector<std::string_view> parts = splitOn(specifier, '/');
  if (parts.size() > 3)
    return std::nullopt;
  // <os>[(<version>[+<feature>]*)]
  std::string_view osPart = parts[0];
  std::size_t paren = osPart.find('(');
  std::string_view osName = osPart.substr(0, paren);
  auto osChar = [](char c) { return isAlnum(c) || c == '_' || c == '-'; };
  if (osName.empty() || !std::all_of(osName.begin(), osName.end(), osChar))
    return std::nullopt;
  if (paren != std::string_view::npos) {
    std::string_view inner = osPart.substr(paren + 1);
    if (inner.empty() || inner.back() != ')')
      return std::nullopt;
    inner.remove_suffix(1);
    auto versionChar = [](char c) { return isAlnum(c) || c == '_' || c == '.' || c == '%' || c == '-' || c == '+'; };
    if (!std::all_of(inner.begin(), inner.end(), versionChar) || inner.find("++") != std::string_view::npos ||
        (!inner.empty() && inner.back() == '+'))
      return std::nullopt;
  }
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i].empty() || !std::all_of(parts[i].begin(), parts[i].end(),
                                         [](char c) { return isAlnum(c) || c == '_' || c == '.' || c == '-'; }))
      return std::nullopt;
  Platform p;
  p.os = lower(osName);
  if (p.os == "macos")
    p.os = "darwin";
  auto normalizeArch = [](std::string arch, std::string variant) {
    arch = lower(arch);
    variant = lower(variant);
    if (arch == "i386") {
      arch = "386";
      variant.clear();
    } else if (arch == "x86_64" || arch == "x86-64" || arch == "amd64") {
      arch = "amd64";
      if (variant == "v1")
        variant.clear();
    } else if (arch == "aarch64" || arch == "arm64") {
      arch = "arm64";
      if (variant == "8" || variant == "v8" || variant == "v8.0")
        variant.clear();
      else if (variant == "9" || variant == "9.0" || variant == "v9.0")
        variant = "v9";
    } else if (arch == "armhf") {
      arch = "arm";
      variant = "v7";
    } else if (arch == "armel") {
      arch = "arm";
      variant = "v6";
    } else if (arch == "arm") {
      if (variant.empty() || variant == "7")
        variant = "v7";
      else if (variant == "5" || variant == "6" || variant == "8")
        variant = "v" + variant;
    }
    return std::pair{arch, variant};
  };
  static const std::vector<std::string_view> knownOS = {"aix",   "android", "darwin",  "dragonfly", "freebsd", "hurd",
                                                        "illumos", "ios",   "js",      "linux",     "nacl",    "netbsd",
                                                        "openbsd", "plan9", "solaris", "windows",   "zos"};
  static const std::vector<std::string_view> knownArch = {
      "386",  "amd64",  "amd64p32", "arm",      "armbe",     "arm64",       "arm64be", "ppc64",
      "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le",
      "ppc",  "riscv",  "riscv64",  "s390",     "s390x",     "sparc",       "sparc64", "wasm"};
  if (parts.size() == 1) {
    if (std::find(knownOS.begin(), knownOS.end(), p.os) != knownOS.end()) {
      p.architecture = "amd64"; // the builder's own architecture
      return p;
    }
    auto [arch, variant] = normalizeArch(std::string(parts[0]), "");
    if (arch == "arm" && variant == "v7")
      variant.clear();
    if (std::find(knownArch.begin(), knownArch.end(), arch) == knownArch.end())
      return std::nullopt;
    p.os = "linux";
    p.architecture = arch;
    p.variant = variant;
    return p;
  }
  auto [arch, variant] = normalizeArch(std::string(parts[1]), parts.size() == 3 ? std::string(parts[2]) : "");
  if (parts.size() == 2 && arch == "arm" && variant == "v7")
    variant.clear();
  if (parts.size() == 3 && arch == "arm64" && variant.empty())
    variant = "v8";
  p.architecture = arch;
  p.variant = variant;
  return p;
}

const std::vector<std::string_view>& builtinArgNames() {
  static const std::vector<std::string_view> names = {
      "BUILDPLATFORM", "BUILDOS",         "BUILDOSVERSION", "BUILDARCH",     "BUILDVARIANT", "TARGETPLATFORM",
      "TARGETOS",      "TARGETOSVERSION", "TARGETARCH",     "TARGETVARIANT", "TARGETSTAGE"};
  return names;
}

namespace {

/// The built-in args with the values `builtins` gives them; TARGETSTAGE, which depends on the
/// file, is set by the caller in Representative mode. Built once: every file needs it twice.
const expansion::Environment& builtinEnvironment(BuiltinValues builtins) {
  auto make = [](BuiltinValues mode) {
    expansion::Environment env;
    for (std::string_view name : builtinArgNames()) {
      std::string_view value = kUnknown;
      if (mode == BuiltinValues::Representative)
        value = name.ends_with("PLATFORM") ? "linux/amd64"
                : name.ends_with("OS")     ? "linux"
                : name.ends_with("ARCH")   ? "amd64"
                                           : "";
      env.set(name, value);
    }
    return env;
  };
  static const expansion::Environment unknown = make(BuiltinValues::Unknown);
  static const expansion::Environment representative = make(BuiltinValues::Representative);
  return builtins == BuiltinValues::Unknown ? unknown : representative;
}

} // namespace

DefaultBuildArgs::DefaultBuildArgs(const StageGraph& graph, char escape, BuiltinValues builtins)
    : escape_(escape), env_(builtinEnvironment(builtins)) {
  if (builtins == BuiltinValues::Representative)
    env_.set("TARGETSTAGE",
             graph.stages().empty() || graph.stages().back().name.empty() ? "default" : graph.stages().back().name);
  expansion::ExpandOptions options;
  options.escape = escape;
  for (const ast::ArgInstruction* arg : graph.globalArgs())
    for (const ast::ArgDeclaration& declaration : arg->declarations) {
      const std::string& name = declaration.name.text;
      if (std::find(globalNames_.begin(), globalNames_.end(), name) == globalNames_.end())
        globalNames_.push_back(name);
      declarations_.push_back(&declaration);
      if (!declaration.defaultValue)
        continue;
      expansion::ExpandResult value = expansion::processWord(declaration.defaultValue->text, env_, options);
      if (value.ok()) {
        env_.set(name, value.value);
      } else {
        env_.set(name, kUnknown);
        expandedAll_ = false;
      }
    }
}

const ast::ArgDeclaration* DefaultBuildArgs::globalDeclaration(std::string_view name) const {
  for (auto it = declarations_.rbegin(); it != declarations_.rend(); ++it)
    if ((*it)->name.text == name)
      return *it;
  return nullptr;
}

FromWord DefaultBuildArgs::expand(std::string_view word) const {
  FromWord out;
  expansion::ExpandOptions options;
  options.escape = escape_;
  out.expansion = expansion::processWord(word, env_, options);
  if (!out.expansion.ok())
    return out;
  for (const expansion::VariableReference& ref : out.expansion.references) {
    if (!ref.set && ref.op != ":-" && ref.op != "-")
      return out;
    // A modifier makes the result depend on the value even when the value itself is dropped.
    if (ref.set && !ref.op.empty() && env_.lookup(ref.name) == std::optional<std::string_view>(kUnknown))
      return out;
  }
  if (out.expansion.value.find(kUnknown) != std::string::npos)
    return out;
  out.value = out.expansion.value;
  return out;
}

bool namesStage(const StageGraph& graph, std::size_t stage, std::string_view value) {
  return graph.findBase(value, stage).has_value();
}

bool looksLikeStage(const StageGraph& graph, std::size_t stage, std::string_view value) {
  if (value.find('/') != std::string_view::npos)
    return false;
  return graph.findBase(lower(value.substr(0, value.find_first_of(":@"))), stage).has_value();
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

SourceRange withTrailingBlanks(std::string_view text, SourceRange range) {
  std::uint32_t end = range.end;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
    ++end;
  return {range.begin, end};
}

} // namespace dlint::passes::rules::images
