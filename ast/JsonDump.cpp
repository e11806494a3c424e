#include "ast/JsonDump.h"

#include <algorithm>

namespace dlint::ast {

namespace {

using Json = nlohmann::ordered_json;

/// Builds the JSON of one file; holds the source so every range can be located.
class JsonDumper {
public:
  explicit JsonDumper(const SourceFile& source) : source_(source) {}

  Json file(const Dockerfile& dockerfile) const {
    Json out = Json::object();
    out["file"] = std::string(source_.name());
    out["escape"] = std::string(1, dockerfile.escape);
    out["hasBom"] = dockerfile.hasBom;
    out["directives"] = Json::array();
    for (const Directive& directive : dockerfile.directives)
      out["directives"].push_back(this->directive(directive));
    out["comments"] = Json::array();
    for (SourceRange comment : dockerfile.comments)
      out["comments"].push_back(sourceText(comment));
    out["instructions"] = Json::array();
    for (const auto& instruction : dockerfile.instructions)
      out["instructions"].push_back(this->instruction(*instruction));
    return out;
  }

private:
  Json position(std::uint32_t offset) const {
    LineColumn lc = source_.locate(offset);
    Json out = Json::object();
    out["offset"] = offset;
    out["line"] = lc.line;
    out["column"] = lc.byteColumn;
    out["codePointColumn"] = lc.codePointColumn;
    return out;
  }

  Json range(SourceRange r) const {
    Json out = Json::object();
    out["start"] = position(r.begin);
    out["end"] = position(r.end);
    return out;
  }

  Json ranges(const std::vector<SourceRange>& list) const {
    Json out = Json::array();
    for (SourceRange r : list)
      out.push_back(range(r));
    return out;
  }

  /// A range with the source bytes it covers (comments).
  Json sourceText(SourceRange r) const {
    Json out = Json::object();
    std::uint32_t end = std::min(r.end, source_.size());
    std::uint32_t begin = std::min(r.begin, end);
    out["text"] = std::string(source_.text().substr(begin, end - begin));
    out["range"] = range(r);
    return out;
  }

  Json word(const Word& w) const {
    Json out = Json::object();
    out["text"] = w.text;
    out["range"] = range(w.range);
    return out;
  }

  Json optionalWord(const std::optional<Word>& w) const { return w ? word(*w) : Json(nullptr); }

  Json words(const std::vector<Word>& list) const {
    Json out = Json::array();
    for (const Word& w : list)
      out.push_back(word(w));
    return out;
  }

  /// Logical text with the exact source spans it was joined from.
  Json logical(const LogicalText& text) const {
    Json out = Json::object();
    out["text"] = std::string(text.text());
    out["spans"] = ranges(text.sourceSpans(0, text.size()));
    return out;
  }

  Json directive(const Directive& d) const {
    Json out = Json::object();
    out["name"] = d.name;
    out["value"] = d.value;
    out["range"] = range(d.range);
    out["nameRange"] = range(d.nameRange);
    out["valueRange"] = range(d.valueRange);
    return out;
  }

  Json flag(const Flag& f) const {
    Json out = Json::object();
    out["name"] = f.name;
    out["value"] = f.value;
    out["hasValue"] = f.hasValue;
    out["range"] = range(f.range);
    out["nameRange"] = range(f.nameRange);
    out["valueRange"] = range(f.valueRange);
    return out;
  }

  Json heredoc(const Heredoc& h) const {
    Json out = Json::object();
    out["name"] = h.name;
    out["fileDescriptor"] = h.fileDescriptor;
    out["expand"] = h.expand;
    out["chomp"] = h.chomp;
    out["content"] = h.content;
    out["wordRange"] = range(h.wordRange);
    out["bodyRange"] = range(h.bodyRange);
    out["terminatorRange"] = range(h.terminatorRange);
    return out;
  }

  Json command(const Command& c) const {
    Json out = Json::object();
    out["json"] = c.json;
    out["range"] = range(c.range);
    out["elements"] = words(c.elements);
    out["shell"] = logical(c.shell);
    return out;
  }

  Json keyValue(const KeyValue& kv) const {
    Json out = Json::object();
    out["key"] = word(kv.key);
    out["value"] = word(kv.value);
    out["hasEquals"] = kv.hasEquals;
    out["range"] = range(kv.range);
    return out;
  }

  Json declaration(const ArgDeclaration& d) const {
    Json out = Json::object();
    out["name"] = word(d.name);
    out["defaultValue"] = optionalWord(d.defaultValue);
    out["range"] = range(d.range);
    return out;
  }

  static std::string kindName(InstructionKind kind) {
    return kind == InstructionKind::Unknown ? "UNKNOWN" : std::string(keywordName(kind));
  }

  Json instruction(const Instruction& instr) const {
    Json out = Json::object();
    out["kind"] = kindName(instr.kind);
    out["keyword"] = instr.keyword;
    out["range"] = range(instr.range);
    out["keywordRange"] = range(instr.keywordRange);
    out["line"] = logical(instr.line);
    out["flags"] = Json::array();
    for (const Flag& f : instr.flags)
      out["flags"].push_back(flag(f));
    out["argumentsRange"] = range(instr.argumentsRange);
    out["heredocs"] = Json::array();
    for (const Heredoc& h : instr.heredocs)
      out["heredocs"].push_back(heredoc(h));
    out["docComments"] = instr.docComments;
    out["emptyContinuationLines"] = ranges(instr.emptyContinuationLines);
    appendPayload(out, instr);
    return out;
  }

  /// The fields that only one kind of instruction has.
  void appendPayload(Json& out, const Instruction& instr) const {
    if (const auto* command = dyn_cast<CommandInstruction>(&instr)) {
      out["command"] = this->command(command->command);
    } else if (const auto* healthcheck = dyn_cast<HealthcheckInstruction>(&instr)) {
      out["type"] = optionalWord(healthcheck->type);
      out["command"] = this->command(healthcheck->command);
    } else if (const auto* transfer = dyn_cast<FileTransferInstruction>(&instr)) {
      out["json"] = transfer->json;
      out["args"] = words(transfer->args);
    } else if (const auto* list = dyn_cast<ListInstruction>(&instr)) {
      out["json"] = list->json;
      out["items"] = words(list->items);
    } else if (const auto* from = dyn_cast<FromInstruction>(&instr)) {
      out["args"] = words(from->args);
    } else if (const auto* arg = dyn_cast<ArgInstruction>(&instr)) {
      out["words"] = words(arg->words);
      out["declarations"] = Json::array();
      for (const ArgDeclaration& d : arg->declarations)
        out["declarations"].push_back(declaration(d));
    } else if (const auto* keyValues = dyn_cast<KeyValueInstruction>(&instr)) {
      out["legacyForm"] = keyValues->legacyForm;
      out["pairs"] = Json::array();
      for (const KeyValue& kv : keyValues->pairs)
        out["pairs"].push_back(keyValue(kv));
    } else if (const auto* value = dyn_cast<ValueInstruction>(&instr)) {
      out["value"] = optionalWord(value->value);
    } else if (const auto* onbuild = dyn_cast<OnbuildInstruction>(&instr)) {
      out["trigger"] = onbuild->trigger ? instruction(*onbuild->trigger) : Json(nullptr);
    } else if (const auto* unknown = dyn_cast<UnknownInstruction>(&instr)) {
      out["rest"] = logical(unknown->rest);
    }
  }

  const SourceFile& source_;
};

} // namespace

nlohmann::ordered_json dumpJson(const Dockerfile& file, const SourceFile& source) {
  return JsonDumper(source).file(file);
}

std::string dumpJsonText(const Dockerfile& file, const SourceFile& source) {
  return dumpJson(file, source)
             .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

} // namespace dlint::ast
