// dlint's entry point: parse the command line, then hand over to the driver.

#include "tools/dlint/Driver.h"
#include "tools/dlint/ExplainCommand.h"
#include "tools/dlint/Options.h"
#include "tools/dlint/RulesCommand.h"
#include "tools/dlint/SecretCommand.h"

#include <iostream>
#include <string_view>
#include <unistd.h>
#include <variant>

int main(int argc, char** argv) {
  using namespace dlint::cli;
  std::ios::sync_with_stdio(false);
  // Subcommands come first; a file named "rules", "explain" or "secret" can still be linted as ./rules.
  if (argc >= 2 && std::string_view(argv[1]) == "rules")
    return runRulesCommand(argc - 1, argv + 1, std::cout, std::cerr);
  if (argc >= 2 && std::string_view(argv[1]) == "explain")
    return runExplainCommand(argc - 1, argv + 1, std::cout, std::cerr);
  if (argc >= 2 && std::string_view(argv[1]) == "secret")
    return runSecretCommand(argc - 1, argv + 1, std::cout, std::cerr);
  ParsedCommandLine parsed = parseCommandLine(argc, argv, std::cout, std::cerr);
  if (const int* exitCode = std::get_if<int>(&parsed)) return *exitCode;
  return runDriver(std::get<Options>(parsed),
                   OutputStreams{std::cout, std::cerr, STDOUT_FILENO, STDERR_FILENO});
}
