// DF360: with trusted-registries set, every image a build pulls (FROM, COPY --from, RUN
// --mount from=) must come from one of them: an image from anywhere else bypasses the
// organisation's vetting and mirroring.
#include <string>
#include <string_view>

#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UntrustedRegistry);

namespace {

/// The registry of an image reference as Docker normalises it: the first path component when
/// it looks like a host (has '.' or ':', or is 'localhost'), else Docker Hub.
std::string registryOf(std::string_view image) {
  const std::size_t slash = image.find('/');
  if (slash == std::string_view::npos) return "docker.io";
  const std::string_view first = image.substr(0, slash);
  if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos || first == "localhost")
    return std::string(first);
  return "docker.io";
}

bool isDockerHub(std::string_view registry) {
  return registry == "docker.io" || registry == "index.docker.io" || registry == "registry-1.docker.io" ||
         registry == "registry.hub.docker.com";
}

/// `pattern` with '*' matching any run of characters, compared case-insensitively (host names).
bool globMatches(std::string_view pattern, std::string_view text) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (pattern.empty()) return text.empty();
  if (pattern.front() == '*') {
    for (std::size_t skip = 0; skip <= text.size(); ++skip)
      if (globMatches(pattern.substr(1), text.substr(skip))) return true;
    return false;
  }
  return !text.empty() && lower(pattern.front()) == lower(text.front()) &&
         globMatches(pattern.substr(1), text.substr(1));
}

bool trusted(const std::vector<std::string>& registries, const std::string& registry) {
  for (const std::string& allowed : registries) {
    if (globMatches(allowed, registry)) return true;
    if (isDockerHub(allowed) && isDockerHub(registry)) return true;
  }
  return false;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items)
    text += (text.empty() ? "'" : ", '") + item + "'";
  return text;
}

} // namespace

void UntrustedRegistry::check(RuleContext& context) const {
  const std::vector<std::string>& registries = context.options().trustedRegistries;
  if (registries.empty()) return;
  const StageGraph& graph = context.get<StageGraph>();
  for (const StageReference& reference : graph.references()) {
    if (reference.target != ReferenceTarget::Image) continue;
    const std::string& image = reference.kind == ReferenceKind::FromBase ? reference.resolved : reference.text;
    // `scratch` pulls nothing; a name still holding a variable is only known at build time.
    if (image.empty() || image == "scratch" || image.find('$') != std::string::npos) continue;
    const std::string registry = registryOf(image);
    if (trusted(registries, registry)) continue;
    Diagnostic d = context.make(info(), reference.range,
                                "image '" + image + "' comes from registry '" + registry +
                                    "', which is not in trusted-registries");
    d.notes.push_back({"trusted registries: " + joined(registries), std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
