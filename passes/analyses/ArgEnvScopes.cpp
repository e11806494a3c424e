#include "passes/analyses/ArgEnvScopes.h"

#include <algorithm>
#include <array>

#include "frontend/MountFields.h"
#include "frontend/Text.h"
#include "passes/analyses/StageGraph.h"

namespace dlint::passes {

namespace {

/// Stands for a value dlint cannot know while a word is expanded. A private-use rune
/// (U+10FFFD) survives BuildKit's expansion byte for byte, rune conversions included.
constexpr std::string_view kUnknown = "\xF4\x8F\xBF\xBD";

/// BuildKit's defaultArgs (dockerfile2llb/platform.go): set for FROM lines without any ARG.
constexpr std::array<std::string_view, 11> kBuiltinArgs = {
    "BUILDPLATFORM",  "BUILDOS",  "BUILDOSVERSION",  "BUILDARCH",     "BUILDVARIANT", "TARGETPLATFORM",
    "TARGETOS",       "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"};

/// The PATH BuildKit gives an image whose config has none (scratch), on Linux.
constexpr std::string_view kDefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const VariableBinding* findInChain(const VariableBinding* head, std::string_view name) {
  for (const VariableBinding* b = head; b; b = b->previous)
    if (b->name == name)
      return b;
  return nullptr;
}

/// The environment a chain stands for: unknown values (and ARGs BuildKit leaves unset) carry
/// the kUnknown marker, so any word reading them can be told apart.
expansion::Environment environmentOf(const VariableBinding* head) {
  std::vector<const VariableBinding*> chain;
  for (const VariableBinding* b = head; b; b = b->previous)
    chain.push_back(b);
  expansion::Environment env;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    env.set((*it)->name, (*it)->value ? std::string_view(*(*it)->value) : kUnknown);
  return env;
}

/// Most words hold no `$`, quote, escape or non-ASCII byte: BuildKit returns them unchanged.
bool expandsToItself(std::string_view word, const expansion::ExpandOptions& options) {
  return std::none_of(word.begin(), word.end(), [&](char c) {
    return c == '$' || c == '\'' || c == '"' || c == options.escape || static_cast<unsigned char>(c) >= 0x80;
  });
}

ResolvedWord resolveWith(std::string_view word, const expansion::Environment& env, bool imageEnvUnknown,
                         const expansion::ExpandOptions& options) {
  ResolvedWord out;
  if (expandsToItself(word, options)) {
    out.value = std::string(word);
    return out;
  }
  expansion::ExpandResult result = expansion::processWord(word, env, options);
  out.references = std::move(result.references);
  out.error = std::move(result.error);
  for (const expansion::VariableReference& ref : out.references) {
    if (!ref.set) {
      out.readsImageEnv = out.readsImageEnv || imageEnvUnknown;
      continue;
    }
    // A modifier makes the result depend on the value even when the value itself is dropped.
    if (!ref.op.empty() && env.lookup(ref.name) == std::optional<std::string_view>(kUnknown))
      out.readsUnknown = true;
  }
  if (result.value.find(kUnknown) != std::string::npos)
    out.readsUnknown = true;
  if (!out.error && !out.readsUnknown && !out.readsImageEnv)
    out.value = std::move(result.value);
  return out;
}

/// Maps offsets of a word's text back to the file: exact when the text is a verbatim slice of
/// a logical text, otherwise every offset maps to the whole word.
struct OffsetMap {
  const ast::LogicalText* text = nullptr;
  std::uint32_t base = 0;
  SourceRange whole;

  SourceRange map(SourceRange r) const {
    if (!text)
      return whole;
    return text->sourceRange(base + r.begin, base + r.end);
  }
};

OffsetMap mapWord(const ast::Instruction& node, const ast::Word& word) {
  OffsetMap out{nullptr, 0, word.range};
  const ast::LogicalText& line = node.line;
  for (const ast::LogicalText::Piece& piece : line.pieces()) {
    if (word.range.begin < piece.source || word.range.begin >= piece.source + piece.length)
      continue;
    std::uint32_t logical = piece.logical + (word.range.begin - piece.source);
    if (line.text().substr(logical, word.text.size()) == word.text) {
      out.text = &line;
      out.base = logical;
    }
    break;
  }
  return out;
}

OffsetMap mapFlag(const ast::Flag& flag) {
  if (flag.rawValue.text() == flag.value)
    return OffsetMap{&flag.rawValue, 0, flag.valueRange};
  return OffsetMap{nullptr, 0, flag.valueRange};
}

bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

struct ShellReference {
  std::string_view name;
  SourceRange range; ///< offsets into the scanned text
};

/// `$NAME` and `${NAME...}` in POSIX shell text: single quotes and backslash escapes hide `$`;
/// positional and special parameters are skipped. A cheap scan, not a parse: it errs on the
/// side of finding a reference (inside `${A:-$B}` it finds both).
std::vector<ShellReference> scanShell(std::string_view text) {
  // Only four bytes change the scan's state; every other byte is skipped through a table (and a
  // single-quoted run through memchr), as RUN text is mostly plain words.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> table{};
    for (char c : {'\\', '\'', '"', '$'})
      table[static_cast<unsigned char>(c)] = true;
    return table;
  }();
  std::vector<ShellReference> refs;
  bool single = false;
  bool dbl = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (single) {
      const std::size_t close = text.find('\'', i);
      if (close == std::string_view::npos)
        break;
      i = close;
      single = false;
      continue;
    }
    while (i < text.size() && !kSpecial[static_cast<unsigned char>(text[i])])
      ++i;
    if (i >= text.size())
      break;
    const char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c == '\'' && !dbl) {
      single = true;
    } else if (c == '"') {
      dbl = !dbl;
    } else if (c == '$' && i + 1 < text.size()) {
      std::size_t j = i + 1;
      const bool braced = text[j] == '{';
      if (braced) {
        ++j;
        if (j < text.size() && (text[j] == '#' || text[j] == '!'))
          ++j;
      } else if (text[j] == '$') {
        ++i; // `$$` is the shell's PID
        continue;
      }
      if (j >= text.size() || !isNameStart(text[j]))
        continue;
      const std::size_t nameBegin = j;
      while (j < text.size() && isNameChar(text[j]))
        ++j;
      std::size_t end = j;
      if (braced) {
        std::size_t close = text.find('}', j);
        end = close == std::string_view::npos ? text.size() : close + 1;
      }
      refs.push_back({text.substr(nameBegin, j - nameBegin),
                      SourceRange{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)}});
      i = j - 1; // keep scanning inside `${...}` for nested references
    }
  }
  return refs;
}

} // namespace

const VariableBinding& VariableBinding::valueDefinition() const {
  const VariableBinding* b = this;
  while (b->valueSource)
    b = b->valueSource;
  return *b;
}

bool ArgEnvScopes::isBuiltinArg(std::string_view name) {
  return std::find(kBuiltinArgs.begin(), kBuiltinArgs.end(), name) != kBuiltinArgs.end();
}

bool ArgEnvScopes::isProxyArg(std::string_view name) {
  // Compared in place: it runs for every variable use, and lower-casing a copy allocated.
  auto equalsFolded = [name](std::string_view lower) {
    if (name.size() != lower.size())
      return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
      const char c = name[i] >= 'A' && name[i] <= 'Z' ? static_cast<char>(name[i] - 'A' + 'a') : name[i];
      if (c != lower[i])
        return false;
    }
    return true;
  };
  return equalsFolded("http_proxy") || equalsFolded("https_proxy") || equalsFolded("ftp_proxy") ||
         equalsFolded("no_proxy") || equalsFolded("all_proxy");
}

/// Walks the file once, in order, keeping one mutable environment per stage beside the
/// persistent chain (the environment is what the word expander needs; the chain is what is kept).
class ArgEnvScopesBuilder {
public:
  ArgEnvScopesBuilder(ArgEnvScopes& out, AnalysisManager& analyses)
      : out_(out), file_(analyses.file()), graph_(analyses.get<StageGraph>()) {
    out_.escape_ = file_.escape;
    options_.escape = file_.escape;
  }

  void run() {
    out_.scopes_.reserve(file_.instructions.size());
    addBuiltins();
    std::optional<std::size_t> stage;
    for (const auto& owned : file_.instructions) {
      const ast::Instruction& node = *owned;
      if (const auto* from = ast::dyn_cast<ast::FromInstruction>(&node)) {
        if (stage)
          finishStage(*stage);
        stage = stage ? *stage + 1 : 0;
        visitFrom(*from, *stage);
        continue;
      }
      if (!stage) {
        visitGlobal(node);
        continue;
      }
      visitStageInstruction(node, *stage);
    }
    if (stage)
      finishStage(*stage);
  }

private:
  struct StageState {
    const VariableBinding* head = nullptr;
    expansion::Environment env = expansion::Environment(false);
    bool imageEnvKnown = false;
  };

  VariableBinding& newBinding(std::string_view name, VariableOrigin origin, const VariableBinding* previous) {
    VariableBinding& b = out_.bindings_.emplace_back();
    b.name = std::string(name);
    b.origin = origin;
    b.previous = previous;
    return b;
  }

  void addBuiltins() {
    std::string finalName;
    if (!graph_.stages().empty())
      finalName = graph_.stages().back().name;
    // The environment starts as a copy of one built once: setting eleven names per file cost more.
    static const expansion::Environment unknownBuiltins = [] {
      expansion::Environment env;
      for (std::string_view name : kBuiltinArgs)
        env.set(name, kUnknown);
      return env;
    }();
    globalEnv_ = unknownBuiltins;
    for (std::string_view name : kBuiltinArgs) {
      VariableBinding& b = newBinding(name, VariableOrigin::Builtin, out_.globalHead_);
      // Only the target stage's name is known without a platform; it is the last stage's.
      if (name == "TARGETSTAGE") {
        b.value = finalName;
        globalEnv_.set(name, finalName);
      }
      out_.globalHead_ = &b;
    }
  }

  ArgEnvScopes::InstructionScope& scopeFor(const ast::Instruction& node) { return out_.scopes_[&node]; }

  // ---- uses -------------------------------------------------------------------------------

  /// Records the references of an expanded word, resolved against `head` (the chain in force
  /// when BuildKit looks them up), and returns the expansion.
  /// `mapping` gives the OffsetMap; it is only computed when the word has references.
  template <typename Mapping>
  ResolvedWord expandWord(ArgEnvScopes::InstructionScope& scope, std::string_view text, const Mapping& mapping,
                          const expansion::Environment& env, const VariableBinding* head, bool imageEnvUnknown,
                          const expansion::ExpandOptions& options) {
    ResolvedWord word = resolveWith(text, env, imageEnvUnknown, options);
    if (word.references.empty())
      return word;
    const OffsetMap map = mapping();
    for (const expansion::VariableReference& ref : word.references)
      addUse(scope, ref.name, map.map(ref.range), ReferenceContext::Expanded, head);
    return word;
  }

  void addUse(ArgEnvScopes::InstructionScope& scope, std::string_view name, SourceRange range,
              ReferenceContext context, const VariableBinding* head, bool secretEnv = false) {
    VariableUse use;
    use.name = std::string(name);
    use.range = range;
    use.context = context;
    use.binding = findInChain(head, name);
    use.builtinName = ArgEnvScopes::isBuiltinArg(name);
    use.proxyName = ArgEnvScopes::isProxyArg(name);
    use.secretEnv = secretEnv;
    if (use.binding && !secretEnv)
      markUsed(*use.binding);
    scope.uses.push_back(std::move(use));
  }

  void markUsed(const VariableBinding& binding) {
    for (const VariableBinding* b = &binding; b; b = b->valueSource)
      if (auto it = argOf_.find(b); it != argOf_.end())
        out_.args_[it->second].used = true;
  }

  void sortUses(ArgEnvScopes::InstructionScope& scope) {
    std::stable_sort(scope.uses.begin(), scope.uses.end(),
                     [](const VariableUse& a, const VariableUse& b) { return a.range.begin < b.range.begin; });
  }

  // ---- declarations -----------------------------------------------------------------------

  /// ARG, global or in a stage. Declarations apply one after the other, so a default may read
  /// an ARG declared earlier on the same line (BuildKit's dispatchArg and buildMetaArgs).
  void applyArg(const ast::ArgInstruction& arg, ArgEnvScopes::InstructionScope& scope, const VariableBinding*& head,
                expansion::Environment& env, std::optional<std::size_t> stage, bool imageEnvUnknown) {
    for (const ast::ArgDeclaration& declaration : arg.declarations) {
      const std::string& name = declaration.name.text;
      if (name.empty())
        continue;
      VariableBinding& b = newBinding(name, VariableOrigin::Arg, head);
      b.instruction = &arg;
      b.declaration = &declaration;
      b.nameRange = declaration.name.range;
      b.stage = stage;
      if (declaration.defaultValue) {
        b.valueRange = declaration.defaultValue->range;
        ResolvedWord value = expandWord(scope, declaration.defaultValue->text, [&] { return mapWord(arg, *declaration.defaultValue); },
                                        env, head, imageEnvUnknown, options_);
        b.value = std::move(value.value);
      } else {
        // In a stage, `ARG NAME` takes the global ARG's value when it has one; otherwise (and
        // for global ARGs) whatever value the name already had stays, as BuildKit adds nothing.
        const VariableBinding* global = stage ? findInChain(out_.globalHead_, name) : nullptr;
        const VariableBinding* source = global && global->hasValue ? global : findInChain(head, name);
        if (source && source->hasValue) {
          b.valueSource = source;
          b.value = source->value;
          if (source == global)
            markUsed(*global); // the global default is passed into the stage
        } else {
          b.hasValue = false;
        }
      }
      env.set(name, b.value ? std::string_view(*b.value) : kUnknown);
      head = &b;
      argOf_.emplace(&b, out_.args_.size());
      out_.argIndex_.emplace(&declaration, out_.args_.size());
      ArgUsage usage;
      usage.instruction = &arg;
      usage.declaration = &declaration;
      usage.binding = &b;
      usage.stage = stage;
      out_.args_.push_back(usage);
    }
  }

  /// ENV: every key and value is expanded against the environment before the instruction,
  /// then the pairs apply in order (`ENV A=1 B=$A` reads the old A).
  void applyEnv(const ast::KeyValueInstruction& env, ArgEnvScopes::InstructionScope& scope, StageState& state,
                std::size_t stage) {
    struct Pending {
      std::optional<std::string> key;
      std::optional<std::string> value;
      const ast::KeyValue* pair;
    };
    std::vector<Pending> pending;
    const bool imageEnvUnknown = !state.imageEnvKnown;
    for (const ast::KeyValue& pair : env.pairs) {
      ResolvedWord key = expandWord(scope, pair.key.text, [&] { return mapWord(env, pair.key); }, state.env, state.head,
                                    imageEnvUnknown, options_);
      ResolvedWord value = expandWord(scope, pair.value.text, [&] { return mapWord(env, pair.value); }, state.env, state.head,
                                      imageEnvUnknown, options_);
      pending.push_back({std::move(key.value), std::move(value.value), &pair});
    }
    for (Pending& p : pending) {
      if (!p.key || p.key->empty())
        continue; // a key dlint cannot name (or BuildKit rejects) defines nothing it can track
      VariableBinding& b = newBinding(*p.key, VariableOrigin::Env, state.head);
      b.instruction = &env;
      b.nameRange = p.pair->key.range;
      b.valueRange = p.pair->value.range;
      b.stage = stage;
      b.value = std::move(p.value);
      state.env.set(b.name, b.value ? std::string_view(*b.value) : kUnknown);
      state.head = &b;
    }
  }

  // ---- instructions -----------------------------------------------------------------------

  void visitGlobal(const ast::Instruction& node) {
    ArgEnvScopes::InstructionScope& scope = scopeFor(node);
    scope.head = out_.globalHead_;
    scope.global = true;
    scope.imageEnvKnown = true;
    if (const auto* arg = ast::dyn_cast<ast::ArgInstruction>(&node))
      applyArg(*arg, scope, out_.globalHead_, globalEnv_, std::nullopt, false);
    sortUses(scope);
  }

  void visitFrom(const ast::FromInstruction& from, std::size_t stage) {
    ArgEnvScopes::InstructionScope& scope = scopeFor(from);
    scope.head = out_.globalHead_;
    scope.global = true;
    scope.imageEnvKnown = true;
    for (const ast::Flag& flag : from.flags)
      if (flag.name == "platform" && flag.hasValue)
        expandWord(scope, flag.value, [&] { return mapFlag(flag); }, globalEnv_, out_.globalHead_, false, options_);
    if (const ast::Word* image = from.image())
      expandWord(scope, image->text, [&] { return mapWord(from, *image); }, globalEnv_, out_.globalHead_, false, options_);
    sortUses(scope);

    StageState state;
    const std::vector<Stage>& stages = graph_.stages();
    if (stage < stages.size() && stages[stage].parent && *stages[stage].parent < finished_.size()) {
      state = finished_[*stages[stage].parent]; // ENV and ARG values carry over, as BuildKit copies the state
    } else if (stage < stages.size() && stages[stage].possibleParents.empty() && stages[stage].base == "scratch") {
      // BuildKit gives an image without PATH the default one; scratch has no other variable.
      state.imageEnvKnown = true;
      VariableBinding& path = newBinding("PATH", VariableOrigin::Builtin, nullptr);
      path.value = std::string(kDefaultPath);
      path.stage = stage;
      state.env.set(path.name, *path.value);
      state.head = &path;
    }
    current_ = std::move(state);
  }

  void visitStageInstruction(const ast::Instruction& node, std::size_t stage) {
    ArgEnvScopes::InstructionScope& scope = scopeFor(node);
    scope.head = current_.head;
    scope.imageEnvKnown = current_.imageEnvKnown;
    const bool imageEnvUnknown = !current_.imageEnvKnown;
    auto word = [&](const ast::Word& w, const expansion::ExpandOptions& options) {
      expandWord(scope, w.text, [&] { return mapWord(node, w); }, current_.env, current_.head, imageEnvUnknown, options);
    };
    auto flagValue = [&](std::string_view name) {
      if (const ast::Flag* flag = node.findFlag(name); flag && flag->hasValue)
        expandWord(scope, flag->value, [&] { return mapFlag(*flag); }, current_.env, current_.head, imageEnvUnknown, options_);
    };

    switch (node.kind) {
    case ast::InstructionKind::Arg:
      applyArg(static_cast<const ast::ArgInstruction&>(node), scope, current_.head, current_.env, stage,
               imageEnvUnknown);
      break;
    case ast::InstructionKind::Env:
      applyEnv(static_cast<const ast::KeyValueInstruction&>(node), scope, current_, stage);
      break;
    case ast::InstructionKind::Label:
      for (const ast::KeyValue& pair : static_cast<const ast::KeyValueInstruction&>(node).pairs) {
        word(pair.key, options_);
        word(pair.value, options_);
      }
      break;
    case ast::InstructionKind::Copy:
    case ast::InstructionKind::Add: {
      const auto& transfer = static_cast<const ast::FileTransferInstruction&>(node);
      flagValue("chown");
      flagValue("chmod");
      if (node.kind == ast::InstructionKind::Add)
        flagValue("checksum");
      for (const ast::Word& w : transfer.args)
        word(w, options_);
      // Heredoc bodies with Expand: BuildKit's raw lexer, backslash escape, quotes not special.
      expansion::ExpandOptions raw;
      raw.skipProcessQuotes = true;
      for (const ast::Heredoc& h : node.heredocs) {
        if (!h.expand)
          continue;
        OffsetMap map{nullptr, 0, h.bodyRange};
        ResolvedWord body = resolveWith(h.content, current_.env, imageEnvUnknown, raw);
        for (const expansion::VariableReference& ref : body.references) {
          SourceRange r = map.whole;
          if (h.content.size() == h.bodyRange.size())
            r = SourceRange{h.bodyRange.begin + ref.range.begin, h.bodyRange.begin + ref.range.end};
          addUse(scope, ref.name, r, ReferenceContext::Expanded, current_.head);
        }
      }
      break;
    }
    case ast::InstructionKind::Workdir:
    case ast::InstructionKind::User:
    case ast::InstructionKind::Stopsignal:
      if (const auto& value = static_cast<const ast::ValueInstruction&>(node).value)
        word(*value, options_);
      break;
    case ast::InstructionKind::Volume:
    case ast::InstructionKind::Expose:
      // EXPOSE splits words after expansion; the references are the same as ProcessWord's.
      for (const ast::Word& w : static_cast<const ast::ListInstruction&>(node).items)
        word(w, options_);
      break;
    case ast::InstructionKind::Run:
      visitRun(static_cast<const ast::CommandInstruction&>(node), scope, imageEnvUnknown);
      break;
    default:
      break; // CMD, ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER, ONBUILD: BuildKit expands nothing
    }
    sortUses(scope);
  }

  void visitRun(const ast::CommandInstruction& run, ArgEnvScopes::InstructionScope& scope, bool imageEnvUnknown) {
    std::vector<std::string> secretEnvs;
    for (const ast::Flag& flag : run.flags) {
      if (flag.name != "mount" || !flag.hasValue)
        continue;
      // Only references and secret names matter here; most mounts (caches, binds) have neither.
      if (flag.value.find('$') == std::string::npos &&
          frontend::toLowerAscii(flag.value).find("secret") == std::string::npos)
        continue;
      std::optional<std::vector<frontend::MountField>> fields = frontend::parseMountFields(flag);
      if (!fields)
        continue;
      bool secret = false;
      for (const frontend::MountField& field : *fields)
        if (field.key == "type" && field.hasValue)
          secret = frontend::toLowerAscii(field.value) == "secret";
      for (const frontend::MountField& field : *fields) {
        if (!field.hasValue || field.key == "from")
          continue; // BuildKit refuses variables in `from`
        OffsetMap map{nullptr, 0, field.valueRange};
        ResolvedWord value = resolveWith(field.value, current_.env, imageEnvUnknown, options_);
        for (const expansion::VariableReference& ref : value.references) {
          SourceRange r = map.whole;
          if (field.valueRange.size() == field.value.size())
            r = SourceRange{field.valueRange.begin + ref.range.begin, field.valueRange.begin + ref.range.end};
          addUse(scope, ref.name, r, ReferenceContext::Expanded, current_.head);
        }
        if (secret && (field.key == "id" || field.key == "env")) {
          std::string name = value.value.value_or(field.value);
          if (field.key == "env")
            secretEnvs.push_back(name);
          if (const VariableBinding* b = findInChain(current_.head, name))
            for (const VariableBinding* s = b; s; s = s->valueSource)
              if (auto it = argOf_.find(s); it != argOf_.end())
                out_.args_[it->second].namedBySecretMount = true;
        }
      }
    }
    auto isSecretEnv = [&](std::string_view name) {
      return std::find(secretEnvs.begin(), secretEnvs.end(), name) != secretEnvs.end();
    };
    auto scanText = [&](std::string_view text, auto&& toSource, ReferenceContext context) {
      for (const ShellReference& ref : scanShell(text))
        addUse(scope, ref.name, toSource(ref.range), context, current_.head, isSecretEnv(ref.name));
    };

    const ast::Command& command = run.command;
    if (command.json) {
      for (const ast::Word& element : command.elements)
        scanText(element.text, [&](SourceRange) { return element.range; }, ReferenceContext::Shell);
    } else {
      const ast::LogicalText& shell = command.shell;
      scanText(shell.text(), [&](SourceRange r) { return shell.sourceRange(r.begin, r.end); },
               ReferenceContext::Shell);
    }
    // A RUN that is only `<<EOF` runs the body as its script; otherwise a quoted heredoc is data.
    const bool wholeScript = run.heredocs.size() == 1 && !command.json &&
                             command.shell.size() == run.heredocs.front().wordRange.size();
    for (const ast::Heredoc& h : run.heredocs) {
      if (!h.expand && !wholeScript)
        continue;
      const bool exact = h.content.size() == h.bodyRange.size();
      scanText(h.content,
               [&](SourceRange r) {
                 return exact ? SourceRange{h.bodyRange.begin + r.begin, h.bodyRange.begin + r.end} : h.bodyRange;
               },
               ReferenceContext::Heredoc);
    }

    // Every ARG visible here is in this RUN's environment, referenced or not. Only ARG bindings
    // are looked at (a chain holds few among the built-ins and ENVs), and only until one is marked.
    for (const VariableBinding* b = current_.head; b; b = b->previous) {
      if (b->origin != VariableOrigin::Arg || !b->hasValue)
        continue;
      auto it = argOf_.find(b);
      if (it == argOf_.end() || out_.args_[it->second].reachesRun)
        continue;
      if (!shadowedBefore(current_.head, b))
        out_.args_[it->second].reachesRun = true;
    }
  }

  /// True when a binding newer than `binding` in the chain from `head` has its name.
  static bool shadowedBefore(const VariableBinding* head, const VariableBinding* binding) {
    for (const VariableBinding* b = head; b != binding; b = b->previous)
      if (b->name == binding->name)
        return true;
    return false;
  }

  void finishStage(std::size_t stage) {
    if (finished_.size() <= stage)
      finished_.resize(stage + 1);
    finished_[stage] = std::move(current_);
    current_ = StageState();
  }

  ArgEnvScopes& out_;
  const ast::Dockerfile& file_;
  const StageGraph& graph_;
  expansion::ExpandOptions options_;
  expansion::Environment globalEnv_;
  StageState current_;
  std::vector<StageState> finished_;
  std::unordered_map<const VariableBinding*, std::size_t> argOf_;
};

ArgEnvScopes ArgEnvScopes::build(AnalysisManager& analyses) {
  ArgEnvScopes scopes;
  ArgEnvScopesBuilder(scopes, analyses).run();
  return scopes;
}

const ArgEnvScopes::InstructionScope* ArgEnvScopes::scopeOf(const ast::Instruction* instruction) const {
  auto it = scopes_.find(instruction);
  return it == scopes_.end() ? nullptr : &it->second;
}

const VariableBinding* ArgEnvScopes::scopeBefore(const ast::Instruction* instruction) const {
  const InstructionScope* scope = scopeOf(instruction);
  return scope ? scope->head : nullptr;
}

const VariableBinding* ArgEnvScopes::lookup(const ast::Instruction* instruction, std::string_view name) const {
  return findInChain(scopeBefore(instruction), name);
}

std::vector<const VariableBinding*> ArgEnvScopes::visible(const ast::Instruction* instruction) const {
  std::vector<const VariableBinding*> out;
  for (const VariableBinding* b = scopeBefore(instruction); b; b = b->previous)
    if (std::none_of(out.begin(), out.end(), [&](const VariableBinding* o) { return o->name == b->name; }))
      out.push_back(b);
  return out;
}

ResolvedWord ArgEnvScopes::expand(const ast::Instruction* instruction, std::string_view word,
                                  expansion::ExpandOptions options) const {
  if (expandsToItself(word, options)) { // without building the environment, which costs more
    ResolvedWord verbatim;
    verbatim.value = std::string(word);
    return verbatim;
  }
  const InstructionScope* scope = scopeOf(instruction);
  // No scope: an ONBUILD trigger, which runs in a later build whose variables are unknown here.
  const bool imageEnvUnknown = !scope || (!scope->global && !scope->imageEnvKnown);
  return resolveWith(word, environmentOf(scope ? scope->head : nullptr), imageEnvUnknown, options);
}

ResolvedWord ArgEnvScopes::expand(const ast::Instruction* instruction, std::string_view word) const {
  expansion::ExpandOptions options;
  options.escape = escape_;
  return expand(instruction, word, options);
}

const std::vector<VariableUse>& ArgEnvScopes::references(const ast::Instruction* instruction) const {
  static const std::vector<VariableUse> none;
  const InstructionScope* scope = scopeOf(instruction);
  return scope ? scope->uses : none;
}

std::vector<const VariableBinding*> ArgEnvScopes::definedBy(const ast::Instruction* instruction) const {
  std::vector<const VariableBinding*> out;
  for (const VariableBinding& b : bindings_)
    if (b.instruction == instruction)
      out.push_back(&b);
  return out;
}

const ArgUsage* ArgEnvScopes::argUsage(const ast::ArgDeclaration* declaration) const {
  auto it = argIndex_.find(declaration);
  return it == argIndex_.end() ? nullptr : &args_[it->second];
}

} // namespace dlint::passes
