#pragma once
// The Dockerfile AST. Every node carries half-open byte ranges into its file; text fields keep
// the logical text (continuation lines joined) exactly as BuildKit's parser sees it.
// No PEGTL types here: the AST knows nothing of how it was parsed.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/LogicalText.h"
#include "diagnostics/SourceManager.h"

namespace dlint::ast {

enum class InstructionKind : std::uint8_t {
  Add, Arg, Cmd, Copy, Entrypoint, Env, Expose, From, Healthcheck, Label, Maintainer,
  Onbuild, Run, Shell, Stopsignal, User, Volume, Workdir, Unknown
};

/// Upper-case keyword of a known kind ("RUN"); "" for Unknown.
std::string_view keywordName(InstructionKind kind);
/// The kind for a keyword, compared case-insensitively; Unknown when it is not a keyword.
InstructionKind kindFromKeyword(std::string_view keyword);

/// One argument as the parser split it. `text` is the raw logical text (quotes and escapes
/// kept) for shell-split words, and the decoded string for JSON array elements.
struct Word {
  SourceRange range;
  std::string text;
};

/// A builder flag such as `--mount=type=cache,target=/root/.cache`.
/// `name` and `value` have quotes removed and escapes applied, as BuildKit does.
struct Flag {
  SourceRange range;      ///< the whole `--name=value` word
  SourceRange nameRange;  ///< `name`, without the leading `--`
  SourceRange valueRange; ///< the text after `=`; empty when there is no value
  std::string name;
  std::string value;
  bool hasValue = false;  ///< an `=` was present (`--from=` has an empty value)
  LogicalText rawValue;   ///< the value as written, mapped to the source across continuations

  /// The flag as BuildKit's dump prints it: `--name` or `--name=value`.
  std::string spelling() const;
};

/// A here-document introduced by a `<<NAME` word (RUN, COPY and ADD in shell form only).
struct Heredoc {
  SourceRange wordRange;       ///< the `<<NAME` word on the instruction line
  SourceRange bodyRange;       ///< the body lines, each with its newline
  SourceRange terminatorRange; ///< the terminating line (without newline); empty if missing
  std::string name;
  std::string content;         ///< the body, verbatim
  int fileDescriptor = 0;      ///< `3<<EOF` gives 3
  bool expand = true;          ///< false when any part of the name was quoted
  bool chomp = false;          ///< `<<-`: leading TABs are stripped
};

/// The command of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD: JSON (exec) form, or the
/// shell text kept with its position map.
struct Command {
  bool json = false;
  bool nonStringJson = false; ///< a JSON array with a non-string element (reported as DF107)
  SourceRange range;          ///< the whole command text
  std::vector<Word> elements; ///< JSON form: one per array element, decoded
  LogicalText shell;          ///< shell form: the raw text after the flags, trimmed
};

/// `key=value` (or legacy `key value`) in ENV and LABEL.
struct KeyValue {
  SourceRange range;
  Word key;
  Word value;              ///< raw; an empty word for `key=`
  bool hasEquals = true;   ///< false in the legacy `KEY value` form
};

/// `name[=default]` in ARG.
struct ArgDeclaration {
  SourceRange range;
  Word name;
  std::optional<Word> defaultValue;
};

struct Instruction {
  explicit Instruction(InstructionKind k) : kind(k) {}
  virtual ~Instruction() = default;
  Instruction(const Instruction&) = delete;
  Instruction& operator=(const Instruction&) = delete;

  InstructionKind kind;
  SourceRange range;         ///< first byte of the keyword to the end of the last line (or heredoc)
  SourceRange keywordRange;
  std::string keyword;       ///< as written (`Run`), continuation lines joined
  std::vector<Flag> flags;
  SourceRange argumentsRange; ///< the argument text after the flags, trimmed; empty if none
  std::vector<Heredoc> heredocs;
  LogicalText line;          ///< the whole logical line, as BuildKit's Node.Original
  std::vector<std::string> docComments; ///< BuildKit's PrevComment
  std::vector<SourceRange> emptyContinuationLines;

  const Flag* findFlag(std::string_view name) const;
};

/// CRTP-free checked downcast in the style of LLVM's isa/dyn_cast.
template <typename T> bool isa(const Instruction& node) { return T::classof(node); }
template <typename T> const T* dyn_cast(const Instruction* node) {
  return node && T::classof(*node) ? static_cast<const T*>(node) : nullptr;
}
template <typename T> T* dyn_cast(Instruction* node) {
  return node && T::classof(*node) ? static_cast<T*>(node) : nullptr;
}

/// True when `node.kind` is one of `kinds`.
template <typename... Kinds> bool isKind(const Instruction& node, Kinds... kinds) {
  return ((node.kind == kinds) || ...);
}

/// FROM [--platform=p] image [AS name]
struct FromInstruction : Instruction {
  FromInstruction() : Instruction(InstructionKind::From) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::From); }
  std::vector<Word> args; ///< whitespace-split, no quote handling
  const Word* image() const { return args.empty() ? nullptr : &args[0]; }
  /// The stage name when the form is `image AS name` (AS in any case).
  const Word* stageName() const;
};

/// RUN, CMD, ENTRYPOINT and SHELL.
struct CommandInstruction : Instruction {
  explicit CommandInstruction(InstructionKind k) : Instruction(k) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Run, InstructionKind::Cmd, InstructionKind::Entrypoint, InstructionKind::Shell); }
  Command command;
};

/// HEALTHCHECK [options] CMD command | HEALTHCHECK NONE
struct HealthcheckInstruction : Instruction {
  HealthcheckInstruction() : Instruction(InstructionKind::Healthcheck) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Healthcheck); }
  std::optional<Word> type; ///< `CMD`, `NONE` or anything else as written
  Command command;
};

/// COPY and ADD: sources then destination, JSON or whitespace-split (no quote handling).
struct FileTransferInstruction : Instruction {
  explicit FileTransferInstruction(InstructionKind k) : Instruction(k) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Copy, InstructionKind::Add); }
  bool json = false;
  std::vector<Word> args;
  const Word* destination() const { return args.size() < 2 ? nullptr : &args.back(); }
};

/// ENV and LABEL.
struct KeyValueInstruction : Instruction {
  explicit KeyValueInstruction(InstructionKind k) : Instruction(k) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Env, InstructionKind::Label); }
  bool legacyForm = false; ///< `ENV KEY value`
  std::vector<KeyValue> pairs;
};

struct ArgInstruction : Instruction {
  ArgInstruction() : Instruction(InstructionKind::Arg) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Arg); }
  std::vector<Word> words; ///< raw words as BuildKit dumps them (`a="1 2"`)
  std::vector<ArgDeclaration> declarations;
};

/// EXPOSE and VOLUME: a list of words (VOLUME may be JSON).
struct ListInstruction : Instruction {
  explicit ListInstruction(InstructionKind k) : Instruction(k) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Expose, InstructionKind::Volume); }
  bool json = false;
  std::vector<Word> items;
};

/// USER, WORKDIR, STOPSIGNAL and MAINTAINER: the rest of the line as one value.
struct ValueInstruction : Instruction {
  explicit ValueInstruction(InstructionKind k) : Instruction(k) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::User, InstructionKind::Workdir, InstructionKind::Stopsignal, InstructionKind::Maintainer); }
  std::optional<Word> value;
};

struct OnbuildInstruction : Instruction {
  OnbuildInstruction() : Instruction(InstructionKind::Onbuild) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Onbuild); }
  std::unique_ptr<Instruction> trigger;
};

/// An instruction keyword BuildKit does not know; its arguments are kept for diagnostics.
struct UnknownInstruction : Instruction {
  UnknownInstruction() : Instruction(InstructionKind::Unknown) {}
  static bool classof(const Instruction& n) { return isKind(n, InstructionKind::Unknown); }
  LogicalText rest;
};

/// A parser directive from the directive block (`# escape=\``).
struct Directive {
  SourceRange range;
  SourceRange nameRange;
  SourceRange valueRange;
  std::string name; ///< lower-cased
  std::string value;
};

struct Dockerfile {
  FileID file = 0;
  char escape = '\\';
  bool hasBom = false;
  std::vector<Directive> directives;
  std::vector<SourceRange> comments; ///< comment lines outside instructions, `#` to end of line
  std::vector<std::unique_ptr<Instruction>> instructions;

  const Directive* findDirective(std::string_view name) const;
};

} // namespace dlint::ast
