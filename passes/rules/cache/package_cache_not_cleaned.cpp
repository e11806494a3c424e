// DF405: yum, dnf, microdnf, tdnf and zypper keep downloaded packages and metadata in /var/cache.
#include "passes/analyses/CacheMounts.h"
#include "passes/analyses/PackageCommands.h"
#include "passes/rules/RuleClass.h"
#include "passes/rules/cache/AppendToRun.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PackageCacheNotCleaned);

namespace {

/// Tools that share one cache: on dnf-based systems `yum` is dnf, so either one's `clean`
/// empties the cache both fill.
/// Empty entries pad the arrays.
struct Family {
  std::string_view tools[2];
  std::string_view cacheDirs[3];
};

constexpr Family kFamilies[] = {
    {{"yum", "dnf"}, {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"}},
    {{"microdnf", ""}, {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"}},
    {{"tdnf", ""}, {"/var/cache/tdnf", "", ""}},
    {{"zypper", ""}, {"/var/cache/zypp", "", ""}},
};

bool inFamily(const Family& family, std::string_view tool) {
  for (std::string_view t : family.tools)
    if (!t.empty() && t == tool)
      return true;
  return false;
}

/// Where `tool` keeps its cache by default, for the advice.
std::string_view cacheDirOf(std::string_view tool) {
  if (tool == "dnf")
    return "/var/cache/dnf";
  if (tool == "tdnf")
    return "/var/cache/tdnf";
  if (tool == "zypper")
    return "/var/cache/zypp";
  return "/var/cache/yum";
}

/// Subcommands that download packages or metadata into the cache.
bool fillsCache(std::string_view tool, std::string_view sub) {
  if (tool == "zypper")
    return sub == "install" || sub == "in" || sub == "update" || sub == "up" || sub == "dist-upgrade" ||
           sub == "dup" || sub == "patch" || sub == "source-install" || sub == "si" || sub == "refresh" ||
           sub == "ref";
  return sub == "install" || sub == "update" || sub == "upgrade" || sub == "groupinstall" || sub == "localinstall" ||
         sub == "reinstall" || sub == "makecache" || sub == "distro-sync";
}

bool isClean(std::string_view tool, std::string_view sub) {
  return sub == "clean" || (tool == "zypper" && sub == "cc");
}

std::string cleanAdvice(std::string_view tool) {
  return tool == "zypper" ? "zypper clean --all" : std::string(tool) + " clean all";
}

} // namespace

void PackageCacheNotCleaned::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const RunScript& run : context.get<ShellModel>().scripts()) {
    if (!shipsLayers(graph, run.stage))
      continue;
    const std::vector<ToolInvocation>& calls = invocationsIn(run);
    for (const Family& family : kFamilies) {
      const ToolInvocation* install = nullptr;
      bool cleaned = false;
      for (const ToolInvocation& call : calls) {
        if (!inFamily(family, call.tool) || !call.subcommand || !call.subcommand->value)
          continue;
        if (isClean(call.tool, *call.subcommand->value))
          cleaned = true;
        else if (!install && fillsCache(call.tool, *call.subcommand->value))
          install = &call;
      }
      if (!install || cleaned)
        continue;
      bool handled = false;
      for (std::string_view dir : family.cacheDirs)
        handled = handled || (!dir.empty() && (hasCacheMountOn(*run.instruction, dir) || removesPath(run, dir)));
      if (handled)
        continue;
      std::string tool(install->tool);
      std::string advice = cleanAdvice(install->tool);
      Diagnostic d = context.make(info(), install->subcommand->range,
                                  "'" + tool + " " + *install->subcommand->value + "' without '" + advice +
                                      "' in the same RUN");
      d.notes.push_back(
          {"end the RUN with '&& " + advice + "', or mount a cache on " + std::string(cacheDirOf(tool)), std::nullopt});
      // Unsafe: a later RUN of the stage may count on the cache (an offline install).
      if (auto fix = appendCommandFix(run, advice, Applicability::Unsafe)) d.fixes.push_back(std::move(*fix));
      context.emit(std::move(d));
    }
  }
}

} // namespace dlint::passes::rules
