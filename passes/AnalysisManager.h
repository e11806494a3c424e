#pragma once
// Lazily built, cached analyses (in the spirit of MLIR's AnalysisManager). An analysis is any
// type with `static T build(AnalysisManager&)`; it is built on first request and reused by
// every rule after that. Analyses may request other analyses while building.

#include <memory>
#include <typeindex>
#include <unordered_map>

#include "ast/Nodes.h"

namespace dlint::passes {

class AnalysisManager {
public:
  AnalysisManager(const ast::Dockerfile& file, const SourceFile& source) : file_(file), source_(source) {}

  const ast::Dockerfile& file() const { return file_; }
  const SourceFile& source() const { return source_; }

  template <typename Analysis> const Analysis& get() {
    auto key = std::type_index(typeid(Analysis));
    auto it = cache_.find(key);
    if (it == cache_.end()) {
      auto holder = std::make_unique<Holder<Analysis>>(Analysis::build(*this));
      it = cache_.emplace(key, std::move(holder)).first;
    }
    return static_cast<const Holder<Analysis>&>(*it->second).value;
  }

private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <typename T> struct Holder : HolderBase {
    explicit Holder(T v) : value(std::move(v)) {}
    T value;
  };

  const ast::Dockerfile& file_;
  const SourceFile& source_;
  std::unordered_map<std::type_index, std::unique_ptr<HolderBase>> cache_;
};

} // namespace dlint::passes
