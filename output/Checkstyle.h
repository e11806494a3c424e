#pragma once
// --format checkstyle: Checkstyle's XML report, which Jenkins (Warnings NG), GitLab, reviewdog
// and many CI plugins read. One <file> per input, one <error> per finding; columns count code
// points; severity is error, warning or info; source is "dlint.<CODE>". Unreadable inputs get
// one error with source "dlint.io".

#include <ostream>
#include <string>
#include <vector>

#include "output/ReportConsumer.h"

namespace dlint::output {

/// `text` escaped for an XML 1.0 attribute value; characters XML cannot hold become U+FFFD.
std::string escapeXml(std::string_view text);

class Checkstyle : public ReportConsumer {
public:
  explicit Checkstyle(std::ostream& out) : out_(out) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;
  void inputFailed(std::string_view name, std::string_view message) override;
  void finish(const SourceManager& sources) override;

private:
  struct Entry {
    std::uint32_t line = 0, column = 0; ///< 0: none
    std::string severity, message, source;
  };
  struct FileEntries {
    std::string name;
    std::vector<Entry> entries;
  };
  FileEntries& fileNamed(std::string_view name);

  std::ostream& out_;
  std::vector<FileEntries> files_;
};

} // namespace dlint::output
