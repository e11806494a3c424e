#include "frontend/MountValidator.h"

#include <algorithm>
#include <array>
#include <optional>

#include "frontend/Text.h"
#include "frontend/MountFields.h"

namespace dlint::frontend {

namespace {

/// strconv.ParseBool.
bool isGoBool(std::string_view v) {
  for (std::string_view ok : {"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"})
    if (v == ok)
      return true;
  return false;
}

/// strconv.ParseUint(v, base, 32).
bool isUint32(std::string_view v, int base) {
  if (v.empty() || v.size() > 32)
    return false;
  unsigned long long value = 0;
  for (char c : v) {
    int digit = c >= '0' && c <= '9' ? c - '0' : 99;
    if (digit >= base)
      return false;
    value = value * static_cast<unsigned>(base) + static_cast<unsigned>(digit);
    if (value > 0xFFFFFFFFull)
      return false;
  }
  return true;
}

/// go-units RAMInBytes: `^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$`.
bool isRamSize(std::string_view v) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9')
      ++i;
    return i > start;
  };
  if (!digits())
    return false;
  while (i < v.size() && v[i] == '.') {
    ++i;
    if (!digits())
      return false;
  }
  if (i < v.size() && v[i] == ' ')
    ++i;
  if (i < v.size() && std::string_view("kKmMgGtTpP").find(v[i]) != std::string_view::npos)
    ++i;
  if (i < v.size() && (v[i] == 'i' || v[i] == 'I'))
    ++i;
  if (i < v.size() && (v[i] == 'b' || v[i] == 'B'))
    ++i;
  return i == v.size();
}

constexpr std::array<std::string_view, 5> kTypes = {"bind", "cache", "tmpfs", "secret", "ssh"};

/// What BuildKit's parseMount has collected once every field is read.
struct MountState {
  std::string type = "bind";
  std::optional<MountField> from, source, target, id, sharing, mode, uid, gid;
};

} // namespace

void validateMount(const ast::Flag& flag, const SyntaxReporter& reporter) {
  std::optional<std::vector<MountField>> fields = parseMountFields(flag);
  if (!fields) {
    reporter.report(Syntax::DF121, flag.range, "invalid --mount value: unbalanced quote");
    return;
  }
  MountState m;
  for (const MountField& field : *fields) {
    const std::string& key = field.key;
    std::string_view v = field.value;
    auto fail = [&](std::string message) { reporter.report(Syntax::DF121, field.range, std::move(message)); };
    auto typeSoFar = [&] { return " (the type is '" + m.type + "' at this point: put 'type=' first)"; };
    if (!field.hasValue) {
      if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw")
        continue;
      if (key == "required") {
        if (m.type != "secret" && m.type != "ssh")
          fail("unexpected key 'required' for mount type '" + m.type + "'" + typeSoFar());
        continue;
      }
      fail("invalid field '" + field.text + "' must be a key=value pair");
      continue;
    }
    // Values are expanded at build time, except 'from', which refuses variables.
    bool dynamic = v.find('$') != std::string_view::npos;
    if (key == "from") {
      std::size_t dollar = v.find('$');
      if (dollar != std::string_view::npos && dollar + 1 < v.size())
        fail("'from' doesn't support variable expansion, define alias stage instead");
      m.from = field;
      continue;
    }
    if (dynamic) {
      if (key == "type")
        m.type = "?"; // unknown until build time: type-dependent checks are skipped below
      continue;
    }
    if (key == "type") {
      std::string t = toLowerAscii(v);
      if (std::find(kTypes.begin(), kTypes.end(), t) == kTypes.end())
        fail("unsupported mount type \"" + std::string(v) + "\": use bind, cache, tmpfs, secret or ssh");
      else
        m.type = t;
    } else if (key == "source" || key == "src") {
      m.source = field;
    } else if (key == "target" || key == "dst" || key == "destination") {
      m.target = field;
    } else if (key == "id") {
      m.id = field;
    } else if (key == "env") {
      continue;
    } else if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw") {
      if (!isGoBool(v))
        fail("invalid value for '" + key + "': '" + std::string(v) + "' is not a boolean");
    } else if (key == "required") {
      if (m.type != "secret" && m.type != "ssh" && m.type != "?")
        fail("unexpected key 'required' for mount type '" + m.type + "'" + typeSoFar());
      else if (!isGoBool(v))
        fail("invalid value for 'required': '" + std::string(v) + "' is not a boolean");
    } else if (key == "size") {
      if (m.type != "tmpfs" && m.type != "?")
        fail("unexpected key 'size' for mount type '" + m.type + "'" + typeSoFar());
      else if (!isRamSize(v))
        fail("invalid value for size: " + std::string(v) + " (use a size such as '64m')");
    } else if (key == "sharing") {
      std::string mode = toLowerAscii(v);
      if (mode != "shared" && mode != "private" && mode != "locked")
        fail("unsupported sharing value \"" + std::string(v) + "\": use shared, private or locked");
      m.sharing = field;
    } else if (key == "mode") {
      if (!isUint32(v, 8))
        fail("invalid value " + std::string(v) + " for mode: expected an octal number");
      m.mode = field;
    } else if (key == "uid" || key == "gid") {
      if (!isUint32(v, 10))
        fail("invalid value " + std::string(v) + " for " + key + ": expected a non-negative integer");
      (key == "uid" ? m.uid : m.gid) = field;
    } else {
      fail("unexpected key '" + key + "' in '" + field.text + "'");
    }
  }

  // Checks against the final type, as BuildKit's validateMount does.
  if (m.type == "?")
    return;
  auto fail = [&](const MountField& field, std::string message) {
    reporter.report(Syntax::DF121, field.range, std::move(message));
  };
  bool fileInfoAllowed = m.type == "secret" || m.type == "ssh" || m.type == "cache";
  const std::array<std::pair<std::string_view, const std::optional<MountField>*>, 3> fileInfo = {
      {{"mode", &m.mode}, {"uid", &m.uid}, {"gid", &m.gid}}};
  for (const auto& [name, field] : fileInfo)
    if (!fileInfoAllowed && field->has_value())
      fail(**field, std::string(name) + " not allowed for \"" + m.type + "\" type mounts");
  if (m.type == "secret") {
    if (m.from)
      fail(*m.from, "secret mount should not have a from");
    if (m.sharing)
      fail(*m.sharing, "secret mount should not define sharing");
    if (!m.source && !m.target && !m.id)
      reporter.report(Syntax::DF121, flag.range, "invalid secret mount: give one of id, source or target");
    if (m.source && m.id)
      fail(*m.id, "both source and id can't be set on a secret mount");
  } else if (m.sharing && m.type != "cache") {
    fail(*m.sharing, "invalid cache sharing set for " + m.type + " mount");
  }
}

} // namespace dlint::frontend
