#pragma once
// Builds large, realistic, syntactically valid Dockerfiles for the parse benchmark: many
// stages mixing FROM/ARG/LABEL/ENV/COPY, RUN with continuation lines, mounts and heredocs.

#include <cstddef>
#include <cstdint>
#include <string>

namespace dlint::bench {

/// At least `targetBytes` bytes (stopping at the end of a stage), the same for the same seed.
std::string generateDockerfile(std::size_t targetBytes, std::uint32_t seed = 1);

} // namespace dlint::bench
