#include "frontend/MountValidator.h"

#include <array>

#include "frontend/Text.h"
#include "grammar/Mount.h"

namespace dlint::frontend {

namespace pegtl = tao::pegtl;

namespace {

struct Field {
  std::size_t offset; ///< in the flag's value
  std::string text;
};

template <typename Rule> struct FieldAction : pegtl::nothing<Rule> {};
template <> struct FieldAction<grammar::mount::field> {
  template <typename In> static void apply(const In& in, const char* base, std::vector<Field>& out) {
    std::string text = in.string();
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
      std::string unquoted;
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        unquoted.push_back(text[i]);
        if (text[i] == '"')
          ++i; // "" is one quote
      }
      text = std::move(unquoted);
    }
    out.push_back({static_cast<std::size_t>(in.begin() - base), std::move(text)});
  }
};

bool isBool(std::string_view v) {
  std::string lower = toLowerAscii(v);
  return lower == "true" || lower == "false" || lower == "1" || lower == "0" || lower == "t" || lower == "f";
}

constexpr std::array<std::string_view, 5> kTypes = {"bind", "cache", "tmpfs", "secret", "ssh"};

} // namespace

void validateMount(const ast::Flag& flag, const SyntaxReporter& reporter) {
  std::string_view value = flag.value;
  // Positions inside the value are exact only when quotes and escapes did not change it.
  bool exact = flag.valueRange.size() == value.size();
  auto rangeOf = [&](const Field& f) {
    if (!exact)
      return flag.range;
    auto b = flag.valueRange.begin + static_cast<std::uint32_t>(f.offset);
    return SourceRange{b, b + static_cast<std::uint32_t>(f.text.size())};
  };
  std::vector<Field> fields;
  pegtl::memory_input<> in(value.data(), value.data() + value.size(), "");
  if (!pegtl::parse<grammar::mount::spec, FieldAction>(in, value.data(), fields)) {
    reporter.report(Syntax::DF121, flag.range, "invalid --mount value: unbalanced quote");
    return;
  }
  std::string type = "bind";
  for (const Field& field : fields) {
    std::size_t eq = field.text.find('=');
    std::string key = toLowerAscii(std::string_view(field.text).substr(0, eq));
    std::string_view v = eq == std::string::npos ? std::string_view() : std::string_view(field.text).substr(eq + 1);
    auto fail = [&](std::string message) { reporter.report(Syntax::DF121, rangeOf(field), std::move(message)); };
    if (eq == std::string::npos) {
      if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw")
        continue;
      if (key == "required") {
        if (type != "secret" && type != "ssh")
          fail("'required' is only valid for secret and ssh mounts (the type so far is '" + type + "')");
        continue;
      }
      fail("invalid field '" + field.text + "' must be a key=value pair");
      continue;
    }
    bool dynamic = v.find('$') != std::string_view::npos; // expanded at build time
    if (key == "type") {
      std::string t = toLowerAscii(v);
      if (!dynamic && std::find(kTypes.begin(), kTypes.end(), t) == kTypes.end())
        fail("unsupported mount type \"" + std::string(v) + "\"");
      type = t;
    } else if (key == "from") {
      std::size_t dollar = v.find('$');
      if (dollar != std::string_view::npos && dollar + 1 < v.size())
        fail("'from' doesn't support variable expansion, define alias stage instead");
      if (type == "secret" || type == "ssh")
        fail("'from' is not valid for " + type + " mounts");
    } else if (key == "source" || key == "src" || key == "target" || key == "dst" ||
               key == "destination" || key == "id" || key == "env") {
      continue;
    } else if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw" || key == "required") {
      if (!dynamic && !isBool(v))
        fail("invalid value for '" + key + "': '" + std::string(v) + "' is not a boolean");
      if (key == "required" && type != "secret" && type != "ssh")
        fail("'required' is only valid for secret and ssh mounts (the type so far is '" + type + "')");
    } else if (key == "size") {
      if (type != "tmpfs")
        fail("'size' is only valid for tmpfs mounts (the type so far is '" + type + "')");
    } else if (key == "sharing") {
      if (type != "cache")
        fail("'sharing' is only valid for cache mounts (the type so far is '" + type + "')");
      else if (!dynamic && v != "shared" && v != "private" && v != "locked")
        fail("unsupported sharing value \"" + std::string(v) + "\": use shared, private or locked");
    } else if (key == "mode" || key == "uid" || key == "gid") {
      if (type != "secret" && type != "ssh" && type != "cache")
        fail("'" + key + "' is only valid for secret, ssh and cache mounts (the type so far is '" + type + "')");
    } else {
      fail("unexpected key '" + key + "' in '" + field.text + "'");
    }
  }
}

} // namespace dlint::frontend
