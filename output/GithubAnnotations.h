#pragma once
// --format github: GitHub Actions workflow commands, one per finding, which the runner turns
// into annotations on the pull request:
//   ::error file=Dockerfile,line=4,col=5,endLine=4,endColumn=9,title=DF302 sudo-in-run::message
// Columns count code points. Data is escaped as the runner expects ('%', '\r', '\n'), and
// property values also escape ':' and ','.

#include <ostream>
#include <string>
#include <string_view>

#include "output/ReportConsumer.h"

namespace dlint::output {

/// Escaping for a workflow command's message (data).
std::string escapeGithubData(std::string_view text);
/// Escaping for a workflow command's property value (file=, title=).
std::string escapeGithubProperty(std::string_view text);

class GithubAnnotations : public ReportConsumer {
public:
  explicit GithubAnnotations(std::ostream& out) : out_(out) {}

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;
  void inputFailed(std::string_view name, std::string_view message) override;

private:
  std::ostream& out_;
};

} // namespace dlint::output
