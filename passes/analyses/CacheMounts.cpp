#include "frontend/MountFields.h"
#include "frontend/Text.h"
#include "passes/analyses/CacheMounts.h"

namespace dlint::passes {

namespace {

std::string_view trimSlashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/')
    path.remove_suffix(1);
  return path;
}

/// `mount` is `covered` itself or a directory above it.
bool covers(std::string_view mount, std::string_view covered) {
  mount = trimSlashes(mount);
  covered = trimSlashes(covered);
  if (mount == "/")
    return true;
  return covered == mount || (covered.substr(0, mount.size()) == mount && covered.size() > mount.size() &&
                              covered[mount.size()] == '/');
}

} // namespace

std::vector<std::string> cacheMountTargets(const ast::Instruction& run) {
  std::vector<std::string> targets;
  for (const ast::Flag& flag : run.flags) {
    if (flag.name != "mount")
      continue;
    std::string type = "bind"; // BuildKit's default
    std::string target;
    std::optional<std::vector<frontend::MountField>> fields = frontend::parseMountFields(flag);
    if (!fields)
      continue;
    for (const frontend::MountField& field : *fields) { // later fields win, as in BuildKit
      if (field.key == "type")
        type = frontend::toLowerAscii(field.value);
      else if (field.key == "target" || field.key == "dst" || field.key == "destination")
        target = field.value;
    }
    // `$HOME/.cache` style targets are usually root's home in build containers.
    for (std::string_view home : {std::string_view("${HOME}"), std::string_view("$HOME")})
      if (target.rfind(home, 0) == 0 && (target.size() == home.size() || target[home.size()] == '/')) {
        target = "/root" + target.substr(home.size());
        break;
      }
    if ((type == "cache" || type == "tmpfs") && !target.empty())
      targets.push_back(std::move(target));
  }
  return targets;
}

bool hasCacheMountOn(const ast::Instruction& run, std::string_view path) {
  for (const std::string& target : cacheMountTargets(run))
    if (covers(target, path))
      return true;
  return false;
}

bool hasCacheMountOnHome(const ast::Instruction& run, std::string_view relative) {
  std::string rel(trimSlashes(relative));
  for (const std::string& raw : cacheMountTargets(run)) {
    std::string_view target = trimSlashes(raw);
    // The home this target lives in (or is): /root, /home/<user>, or none.
    std::string home;
    if (target == "/root" || target.rfind("/root/", 0) == 0)
      home = "/root";
    else if (target.rfind("/home/", 0) == 0)
      home = std::string(target.substr(0, target.find('/', 6)));
    if (!home.empty() && covers(target, home + "/" + rel))
      return true;
    // Any other directory named like the cache (`/app/.npm` for a user whose home is /app).
    if (target.size() > rel.size() && target.substr(target.size() - rel.size()) == rel &&
        target[target.size() - rel.size() - 1] == '/')
      return true;
  }
  return false;
}

} // namespace dlint::passes
