#pragma once
// --format text: the clang-style TextDiagnosticPrinter as a ReportConsumer, so it can be
// chosen and redirected like any other format. Unreadable inputs stay on stderr only.

#include <ostream>

#include "diagnostics/TextDiagnosticPrinter.h"
#include "output/ReportConsumer.h"

namespace dlint::output {

class TextOutput : public ReportConsumer {
public:
  TextOutput(std::ostream& out, TextOptions options) : printer_(out, options) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override {
    printer_.handle(diagnostic, sources);
  }
  void finish(const SourceManager& sources) override { printer_.finish(sources); }

private:
  TextDiagnosticPrinter printer_;
};

} // namespace dlint::output
