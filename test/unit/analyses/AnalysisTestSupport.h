#pragma once
// Helpers shared by the analyses' unit tests: an in-memory Dockerfile, parsed by the real
// frontend, with an AnalysisManager over it.

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <string_view>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/SourceManager.h"
#include "frontend/Parser.h"
#include "passes/AnalysisManager.h"
#include "passes/analyses/ShellModel.h"

namespace dlint::passes::test {

struct Analysed {
  explicit Analysed(std::string text) : engine(sources) {
    file = sources.addFile("Dockerfile", std::move(text));
    result = frontend::parseDockerfile(sources, file, engine);
    analyses = std::make_unique<AnalysisManager>(result.dockerfile, sources.file(file));
  }

  std::string_view text() const { return sources.file(file).text(); }
  std::string_view at(SourceRange r) const { return text().substr(r.begin, r.size()); }
  LineColumn locate(std::uint32_t offset) const { return sources.file(file).locate(offset); }
  const ast::Instruction& instruction(std::size_t i) const { return *result.dockerfile.instructions.at(i); }
  const ShellModel& shell() { return analyses->get<ShellModel>(); }
  /// The model of the `i`th modelled RUN (0-based, in file order).
  const RunScript& run(std::size_t i) {
    REQUIRE(i < shell().scripts().size());
    return shell().scripts()[i];
  }

  SourceManager sources;
  DiagnosticsEngine engine;
  FileID file = 0;
  frontend::ParseResult result;
  std::unique_ptr<AnalysisManager> analyses;
};

} // namespace dlint::passes::test
