#pragma once
// Lazily built, cached analyses (in the spirit of MLIR's AnalysisManager). An analysis is any
// type with `static T build(AnalysisManager&)`; it is built on first request and reused by
// every rule after that. Analyses may request other analyses while building.

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

#include "ast/Nodes.h"

namespace dlint::passes {

class AnalysisManager {
public:
  AnalysisManager(const ast::Dockerfile& file, const SourceFile& source) : file_(file), source_(source) {}
  ~AnalysisManager() {
    // Newest first: an analysis may hold pointers into the ones it was built from.
    for (auto it = built_.rbegin(); it != built_.rend(); ++it)
      slots_[*it].reset();
  }
  AnalysisManager(const AnalysisManager&) = delete;
  AnalysisManager& operator=(const AnalysisManager&) = delete;

  const ast::Dockerfile& file() const { return file_; }
  const SourceFile& source() const { return source_; }

  template <typename Analysis> const Analysis& get() {
    // Rules ask for analyses tens of times per file; a slot index is one load, where hashing
    // a type_index hashed the type's name on every request.
    const std::size_t slot = slotOf<Analysis>();
    if (slot >= slots_.size())
      slots_.resize(slot + 1);
    if (!slots_[slot]) {
      auto holder = std::make_unique<Holder<Analysis>>(Analysis::build(*this));
      // build() may have requested other analyses and grown slots_: index again.
      slots_[slot] = std::move(holder);
      built_.push_back(slot);
    }
    return static_cast<const Holder<Analysis>&>(*slots_[slot]).value;
  }

private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <typename T> struct Holder : HolderBase {
    explicit Holder(T v) : value(std::move(v)) {}
    T value;
  };

  static std::size_t nextSlot() {
    static std::atomic<std::size_t> next{0};
    return next.fetch_add(1, std::memory_order_relaxed);
  }
  template <typename Analysis> static std::size_t slotOf() {
    static const std::size_t slot = nextSlot();
    return slot;
  }

  const ast::Dockerfile& file_;
  const SourceFile& source_;
  std::vector<std::unique_ptr<HolderBase>> slots_;
  std::vector<std::size_t> built_; ///< slots in the order their analyses were built
};

} // namespace dlint::passes
