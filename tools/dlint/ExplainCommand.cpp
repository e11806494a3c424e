#include "tools/dlint/ExplainCommand.h"

#include <string>
#include <string_view>
#include <vector>

#include "config/RuleKeys.h"
#include "output/RuleCatalog.h"
#include "output/RuleDocs.h"
#include "tools/dlint/Options.h"

namespace dlint::cli {

namespace {

constexpr std::string_view kExplainUsage = "usage: dlint explain CODE|NAME|ALIAS";

constexpr std::string_view kExplainHelp =
    R"(Print the documentation of a rule or syntax code: what it flags, why, an example, the fix,
its options and the equivalent IDs in other tools.

CODE may be a dlint code (DF302, any case), a rule name (sudo-in-run), or another tool's ID
that a rule lists as an alias (DL3004); an alias several rules share prints each of them.

Exit codes: 0 printed, 2 usage error, 4 unknown code (with suggestions).
)";

} // namespace

int runExplainCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
    out << kExplainUsage << "\n\n" << kExplainHelp;
    return ExitClean;
  }
  if (args.size() != 1 || args[0].empty() || args[0].front() == '-') {
    err << "dlint: error: "
        << (args.empty() ? std::string("no rule given")
                         : args.size() > 1 ? "explain takes one code, but " + std::to_string(args.size()) + " were given"
                                           : "unknown option '" + std::string(args[0]) + "'")
        << "\n"
        << kExplainUsage << "\n";
    return ExitTrouble;
  }
  const std::string key(args[0]);
  const std::vector<std::string> codes = config::codesNamedBy(key);
  if (codes.empty()) {
    err << "dlint: error: unknown rule '" << key << "'" << config::didYouMean(config::suggestRuleKeys(key))
        << "\nrun 'dlint rules' for the list of codes\n";
    return ExitUnknownRule;
  }
  bool first = true;
  for (const std::string& code : codes) {
    if (!first) out << "\n";
    first = false;
    if (std::optional<std::string_view> page = output::ruleDoc(code)) {
      out << *page;
      if (!page->empty() && page->back() != '\n') out << "\n";
      continue;
    }
    // Every code should have a page (the triad meta-test checks); say what we know anyway.
    if (auto index = output::catalogIndex(code)) {
      const output::CatalogEntry& entry = output::ruleCatalog()[*index];
      out << "# " << entry.code << ": " << entry.name << "\n\n" << entry.summary << "\n";
    }
  }
  return ExitClean;
}

} // namespace dlint::cli
