// DF240: with several sources the destination must be a folder. The classic builder refuses
// the build ("the destination must be a directory and end with a /"); a wildcard that matches
// one file today copies it to a file named like the destination, and a folder tomorrow.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/copyadd/CopyAddSources.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(MultiSourceDestinationWithoutSlash);

namespace {

using namespace copyadd;

bool endsWithSeparator(std::string_view path) { return path.ends_with("/") || path.ends_with("\\"); }

} // namespace

void MultiSourceDestinationWithoutSlash::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Transfer& transfer : transfers(context.dockerfile(), true)) {
    const ast::FileTransferInstruction& copy = *transfer.instruction;
    if (copy.args.size() < 2)
      continue;
    const std::vector<const ast::Word*> sources = sourceWords(copy);
    const ast::Word* wildcard = nullptr;
    for (const ast::Word* source : sources)
      // Only context paths are globbed: a '?' in a URL's query is not a wildcard.
      if (sourceKind(source->text) == SourceKind::Local && hasWildcard(source->text) && !wildcard)
        wildcard = source;
    if (sources.size() < 2 && !wildcard)
      continue;
    const ast::Word& destination = *copy.destination();
    // A destination from a variable counts as written once expanded; one dlint cannot know is
    // left alone. BuildKit treats a lone `.` as a folder too.
    const std::optional<std::string> value =
        expandedText(transfer.trigger ? nullptr : &scopes, copy, destination, copy.json);
    if (!value || endsWithSeparator(*value) || *value == "." || value->empty())
      continue;
    const std::string verb = copy.kind == ast::InstructionKind::Add ? "ADD" : "COPY";
    Diagnostic d = context.make(info(), destination.range,
                                sources.size() >= 2
                                    ? verb + " has " + std::to_string(sources.size()) +
                                          " sources, so its destination '" + destination.text +
                                          "' must be a folder ending in '/'"
                                    : verb + " source '" + wildcard->text +
                                          "' is a wildcard, so its destination '" + destination.text +
                                          "' should be a folder ending in '/'");
    if (sources.size() < 2)
      d.notes.push_back({"while the wildcard matches one file, that file is copied to a file named '" +
                             destination.text + "'; with several the classic builder fails",
                         std::nullopt});
    // In JSON form the word's range covers the quotes: the '/' goes before the closing one.
    const bool quoted = copy.json && destination.range.size() >= 2;
    const std::uint32_t at = quoted ? destination.range.end - 1 : destination.range.end;
    d.fixes.push_back({"add '/' to the destination",
                       {{SourceRange{at, at}, "/"}},
                       sources.size() >= 2 ? Applicability::Safe : Applicability::Unsafe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
