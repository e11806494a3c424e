// DF210: a constant 'FROM --platform' builds the stage for that platform whatever platform the
// build targets, so a multi-platform build quietly ships the wrong binaries (or emulates them).
#include "passes/rules/RuleClass.h"
#include "passes/rules/images/BaseImages.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(FromPlatformConstant);

void FromPlatformConstant::check(RuleContext& context) const {
  expansion::ExpandOptions options;
  options.escape = context.dockerfile().escape;
  const expansion::Environment none;
  for (const Stage& stage : context.get<StageGraph>().stages()) {
    const ast::Flag* flag = stage.from->findFlag("platform");
    if (!flag || !flag->hasValue)
      continue;
    // Any variable, set or not, makes the value depend on the build (BuildKit's Matched and
    // Unmatched sets are both empty only for a constant).
    expansion::ExpandResult value = expansion::processWord(flag->value, none, options);
    if (!value.ok() || !value.references.empty())
      continue;
    std::optional<images::Platform> platform = images::parsePlatform(value.value);
    if (!platform)
      continue;
    // `AS build-arm64` says the stage is meant for that platform.
    if (stage.name.find(platform->os) != std::string::npos ||
        stage.name.find(platform->architecture) != std::string::npos)
      continue;
    Diagnostic d = context.make(info(), flag->range,
                                "'FROM --platform' has the constant value '" + value.value +
                                    "', so this stage ignores the platform the build targets");
    d.notes.push_back({"use '--platform=$BUILDPLATFORM' for a stage that runs build tools, leave the flag out to "
                       "follow the target platform, or name the stage after its platform (as 'AS build-" +
                           platform->architecture + "')",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
