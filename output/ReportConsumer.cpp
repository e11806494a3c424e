#include "output/ReportConsumer.h"

namespace dlint::output {

std::string_view toolVersion() { return DLINT_VERSION; }

} // namespace dlint::output
