#include "frontend/FlagRules.h"

namespace dlint::frontend {

std::optional<std::vector<FlagSpec>> flagsFor(ast::InstructionKind kind) {
  using K = ast::InstructionKind;
  using T = FlagType;
  switch (kind) {
  case K::From:
    return std::vector<FlagSpec>{{"platform", T::String}};
  case K::Run:
    return std::vector<FlagSpec>{{"mount", T::Repeatable}, {"network", T::String},
                                 {"security", T::String}, {"device", T::Repeatable}};
  case K::Copy:
    return std::vector<FlagSpec>{{"from", T::String},     {"chown", T::String}, {"chmod", T::String},
                                 {"link", T::Bool},       {"parents", T::Bool}, {"exclude", T::Repeatable}};
  case K::Add:
    return std::vector<FlagSpec>{{"chown", T::String}, {"chmod", T::String},    {"link", T::Bool},
                                 {"keep-git-dir", T::Bool}, {"checksum", T::String}, {"unpack", T::Bool},
                                 {"exclude", T::Repeatable}};
  case K::Healthcheck:
    return std::vector<FlagSpec>{{"interval", T::String},       {"timeout", T::String},
                                 {"start-period", T::String},   {"start-interval", T::String},
                                 {"retries", T::String}};
  case K::Arg:
  case K::Stopsignal:
  case K::Unknown:
    return std::nullopt;
  default:
    return std::vector<FlagSpec>{};
  }
}

} // namespace dlint::frontend
