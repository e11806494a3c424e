#include "frontend/MountFields.h"
#include "frontend/Text.h"
#include "passes/analyses/StageGraph.h"

#include <algorithm>

#include "passes/expansion/WordExpander.h"

namespace dlint::passes {

namespace {

/// strconv.Atoi's syntax, which is what makes BuildKit read `--from` as an index. Values too
/// long for an int64 fail Atoi and become names; 18 digits keep clear of that edge.
bool isIndex(std::string_view s) {
  if (!s.empty() && (s.front() == '+' || s.front() == '-'))
    s.remove_prefix(1);
  return !s.empty() && s.size() <= 18 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// Stands for "any text" where a variable was in a pattern; never appears in a Dockerfile word
/// that names a stage.
constexpr char kWildcard = '\x1f';

bool isStageNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

/// Glob match where kWildcard matches any run of characters (iterative, with backtracking to
/// the last wildcard).
bool globMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == kWildcard) {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == kWildcard)
    ++p;
  return p == pattern.size();
}

/// `word` with every variable (set or not, since any build argument may change it) replaced
/// by kWildcard; nullopt when the word does not expand.
std::optional<std::string> wildcardPattern(std::string_view word, char escape) {
  expansion::ExpandOptions options;
  options.escape = escape;
  expansion::Environment env;
  // A modifier's word is read only when its variable is unset, so keep going until every
  // name BuildKit would look up is a wildcard.
  for (int round = 0; round < 4; ++round) {
    expansion::ExpandResult result = expansion::processWord(word, env, options);
    if (!result.ok())
      return std::nullopt;
    bool added = false;
    for (const expansion::VariableReference& ref : result.references)
      if (!env.lookup(ref.name)) {
        env.set(ref.name, std::string(1, kWildcard));
        added = true;
      }
    if (!added)
      return result.value;
  }
  return std::nullopt;
}

} // namespace

// BuildKit's parseMount assigns each field in turn, so of repeated keys the last one wins.

std::optional<MountFrom> mountFromField(const ast::Flag& mount) {
  std::optional<MountFrom> from;
  if (auto fields = frontend::parseMountFields(mount))
    for (const frontend::MountField& field : *fields)
      if (field.key == "from" && field.hasValue)
        from = MountFrom{field.value, field.valueRange};
  return from;
}

std::string mountType(const ast::Flag& mount) {
  std::string type = "bind";
  if (auto fields = frontend::parseMountFields(mount))
    for (const frontend::MountField& field : *fields)
      if (field.key == "type" && field.hasValue)
        type = frontend::toLowerAscii(field.value);
  return type;
}

void StageGraph::addGlobalArg(const ast::ArgInstruction& arg, char escape) {
  globalArgs_.push_back(&arg);
  expansion::ExpandOptions options;
  options.escape = escape;
  for (const ast::ArgDeclaration& declaration : arg.declarations) {
    if (!declaration.defaultValue)
      continue;
    expansion::ExpandResult value = expansion::processWord(declaration.defaultValue->text, globalDefaults_, options);
    if (value.ok())
      globalDefaults_.set(declaration.name.text, value.value);
  }
}

void StageGraph::resolveBase(Stage& stage, char escape) {
  const ast::Word* image = stage.from->image();
  if (!image)
    return;
  StageReference ref{ReferenceKind::FromBase, stage.index, stage.from, image->range, image->text,
                     image->text, ReferenceTarget::Image, std::nullopt, {}};
  bool hasVariable = image->text.find('$') != std::string::npos;
  bool known = true;
  if (hasVariable) {
    expansion::ExpandOptions options;
    options.escape = escape;
    expansion::ExpandResult expanded = expansion::processWord(image->text, globalDefaults_, options);
    known = expanded.ok() && std::all_of(expanded.references.begin(), expanded.references.end(),
                                         [](const expansion::VariableReference& r) { return r.set; });
    if (known)
      ref.resolved = expanded.value;
    ref.candidates = matchPattern(image->text, stage.index, /*foldCase=*/false, escape);
  }
  stage.base = ref.resolved;
  if (!known) {
    ref.target = ReferenceTarget::Variable;
    stage.possibleParents = ref.candidates;
  } else if (std::optional<std::size_t> named = findBase(ref.resolved, stage.index)) {
    ref.target = ReferenceTarget::Stage;
    ref.stage = named;
    stage.parent = named;
  }
  references_.push_back(std::move(ref));
}

void StageGraph::addFlagReferences(const Stage& stage, const ast::Instruction& node, char escape) {
  for (const ast::Flag& flag : node.flags) {
    StageReference ref{ReferenceKind::CopyFrom, stage.index, &node, flag.valueRange, flag.value,
                       flag.value, ReferenceTarget::Image, std::nullopt, {}};
    if (node.kind == ast::InstructionKind::Copy && flag.name == "from" && flag.hasValue) {
      // `--from=` with no value copies from the build context, as if there were no flag.
      if (flag.value.empty())
        continue;
      if (isIndex(flag.value)) {
        ref.target = ReferenceTarget::Index;
        long long index = std::stoll(flag.value);
        if (index >= 0 && static_cast<unsigned long long>(index) < stages_.size())
          ref.stage = static_cast<std::size_t>(index);
        references_.push_back(std::move(ref));
        continue;
      }
    } else if (node.kind == ast::InstructionKind::Run && flag.name == "mount") {
      std::optional<MountFrom> from = mountFromField(flag);
      // BuildKit ignores `from` on tmpfs mounts; an empty one means no source at all.
      if (!from || from->value.empty() || mountType(flag) == "tmpfs")
        continue;
      ref.kind = ReferenceKind::MountFrom;
      ref.text = ref.resolved = from->value;
      ref.range = from->range;
    } else {
      continue;
    }
    if (ref.text.find('$') != std::string::npos) {
      // BuildKit refuses variables here; other builders expand them, so any match may be meant.
      ref.target = ReferenceTarget::Variable;
      ref.candidates = matchPattern(ref.text, stages_.size(), /*foldCase=*/true, escape);
    } else if (std::optional<std::size_t> named = findByName(frontend::toLowerAscii(ref.text))) {
      ref.target = ReferenceTarget::Stage;
      ref.stage = named;
    }
    references_.push_back(std::move(ref));
  }
}

std::vector<std::size_t> StageGraph::matchPattern(std::string_view text, std::size_t before, bool foldCase,
                                                  char escape) const {
  std::optional<std::string> pattern = wildcardPattern(text, escape);
  if (!pattern)
    return {};
  if (foldCase)
    *pattern = frontend::toLowerAscii(*pattern);
  // A pattern made only of variables (`FROM ${BASE_IMAGE}`) almost always names an image, and
  // a literal part no stage name can hold (`/`, `:`, `@`, upper case) rules stages out.
  bool literal = false;
  for (char c : *pattern) {
    if (c == kWildcard)
      continue;
    if (!isStageNameChar(c))
      return {};
    literal = true;
  }
  if (!literal)
    return {};
  std::vector<std::size_t> matches;
  for (std::size_t i = 0; i < before && i < stages_.size(); ++i)
    if (!stages_[i].name.empty() && globMatch(*pattern, stages_[i].name))
      matches.push_back(i);
  return matches;
}

StageGraph StageGraph::build(AnalysisManager& analyses) {
  StageGraph graph;
  const char escape = analyses.file().escape;
  for (const auto& node : analyses.file().instructions) {
    if (const auto* from = ast::dyn_cast<ast::FromInstruction>(node.get())) {
      Stage stage;
      stage.index = graph.stages_.size();
      stage.from = from;
      if (const ast::Word* name = from->stageName()) {
        stage.name = frontend::toLowerAscii(name->text);
        stage.nameWord = name;
        // BuildKit rejects `AS ${NAME}` (DF117); Buildah and Podman expand it with the global
        // ARGs, so do the same to keep references to it resolving.
        if (name->text.find('$') != std::string::npos) {
          expansion::ExpandOptions options;
          options.escape = escape;
          expansion::ExpandResult expanded = expansion::processWord(name->text, graph.globalDefaults_, options);
          if (expanded.ok() && !expanded.value.empty() &&
              std::all_of(expanded.references.begin(), expanded.references.end(),
                          [](const expansion::VariableReference& r) { return r.set; }))
            stage.name = frontend::toLowerAscii(expanded.value);
        }
      }
      graph.stages_.push_back(std::move(stage));
      graph.resolveBase(graph.stages_.back(), escape);
      continue;
    }
    if (graph.stages_.empty()) {
      if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(node.get()))
        graph.addGlobalArg(*arg, escape);
      continue;
    }
    graph.stages_.back().body.push_back(node.get());
  }
  // `--from` sees every stage, later ones included, so flags are resolved once all are known.
  for (const Stage& stage : graph.stages_)
    for (const ast::Instruction* node : stage.body)
      graph.addFlagReferences(stage, *node, escape);
  std::stable_sort(graph.references_.begin(), graph.references_.end(),
                   [](const StageReference& a, const StageReference& b) { return a.range.begin < b.range.begin; });
  graph.computeNeeded();
  return graph;
}

std::optional<std::size_t> StageGraph::finalStage() const {
  if (stages_.empty())
    return std::nullopt;
  return stages_.size() - 1;
}

std::optional<std::size_t> StageGraph::findByName(std::string_view lowerName) const {
  if (lowerName.empty())
    return std::nullopt;
  for (std::size_t i = stages_.size(); i-- > 0;)
    if (stages_[i].name == lowerName)
      return i;
  return std::nullopt;
}

std::optional<std::size_t> StageGraph::findBase(std::string_view name, std::size_t before) const {
  if (name.empty())
    return std::nullopt;
  for (std::size_t i = std::min(before, stages_.size()); i-- > 0;)
    if (stages_[i].name == name)
      return i;
  return std::nullopt;
}

std::optional<std::size_t> StageGraph::stageOf(const ast::Instruction* instruction) const {
  for (const Stage& stage : stages_) {
    if (stage.from == instruction)
      return stage.index;
    if (std::find(stage.body.begin(), stage.body.end(), instruction) != stage.body.end())
      return stage.index;
  }
  return std::nullopt;
}

std::optional<std::size_t> StageGraph::chainRoot(std::size_t stage) const {
  std::size_t current = stage;
  while (current < stages_.size()) {
    const Stage& s = stages_[current];
    if (s.parent)
      current = *s.parent;
    else if (!s.possibleParents.empty())
      return std::nullopt;
    else
      return current;
  }
  return std::nullopt;
}

std::vector<std::size_t> StageGraph::chainRoots(std::size_t stage) const {
  std::vector<std::size_t> roots;
  std::vector<bool> seen(stages_.size(), false);
  std::vector<std::size_t> work{stage};
  while (!work.empty()) {
    std::size_t current = work.back();
    work.pop_back();
    if (current >= stages_.size() || seen[current])
      continue;
    seen[current] = true;
    const Stage& s = stages_[current];
    if (s.parent)
      work.push_back(*s.parent);
    else if (!s.possibleParents.empty())
      work.insert(work.end(), s.possibleParents.begin(), s.possibleParents.end());
    else
      roots.push_back(current);
  }
  std::sort(roots.begin(), roots.end());
  return roots;
}

void StageGraph::computeNeeded() {
  needed_.assign(stages_.size(), false);
  std::optional<std::size_t> last = finalStage();
  if (!last)
    return;
  std::vector<std::size_t> work{*last};
  needed_[*last] = true;
  auto visit = [&](std::size_t target) {
    if (target < stages_.size() && !needed_[target]) {
      needed_[target] = true;
      work.push_back(target);
    }
  };
  while (!work.empty()) {
    std::size_t current = work.back();
    work.pop_back();
    for (const StageReference& ref : references_) {
      if (ref.user != current)
        continue;
      if (ref.stage)
        visit(*ref.stage);
      for (std::size_t candidate : ref.candidates)
        visit(candidate);
    }
  }
}

} // namespace dlint::passes
