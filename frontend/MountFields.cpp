#include "frontend/MountFields.h"

#include "frontend/Text.h"
#include "grammar/Mount.h"

namespace dlint::frontend {

namespace pegtl = tao::pegtl;

namespace {

struct RawField {
  std::size_t offset; ///< in the flag's value
  std::string text;
};

template <typename Rule> struct FieldAction : pegtl::nothing<Rule> {};
template <> struct FieldAction<grammar::mount::field> {
  template <typename In> static void apply(const In& in, const char* base, std::vector<RawField>& out) {
    std::string text = in.string();
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
      std::string unquoted;
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        unquoted.push_back(text[i]);
        if (text[i] == '"')
          ++i; // "" is one quote
      }
      text = std::move(unquoted);
    }
    out.push_back({static_cast<std::size_t>(in.begin() - base), std::move(text)});
  }
};

} // namespace

std::optional<std::vector<MountField>> parseMountFields(const ast::Flag& mount) {
  std::string_view value = mount.value;
  std::vector<RawField> raw;
  pegtl::memory_input<> in(value.data(), value.data() + value.size(), "");
  if (!pegtl::parse<grammar::mount::spec, FieldAction>(in, value.data(), raw))
    return std::nullopt;
  // Positions inside the value are exact when quotes and escapes did not change it; the raw
  // value's own map then carries them across continuation lines.
  bool exact = mount.rawValue.text() == value;
  auto rangeOf = [&](std::size_t begin, std::size_t length) {
    if (!exact)
      return mount.range;
    auto b = static_cast<std::uint32_t>(begin);
    return mount.rawValue.sourceRange(b, b + static_cast<std::uint32_t>(length));
  };
  std::vector<MountField> fields;
  fields.reserve(raw.size());
  for (RawField& f : raw) {
    MountField field;
    std::size_t eq = f.text.find('=');
    field.hasValue = eq != std::string::npos;
    field.key = toLowerAscii(std::string_view(f.text).substr(0, eq));
    if (field.hasValue)
      field.value = f.text.substr(eq + 1);
    field.range = rangeOf(f.offset, f.text.size());
    field.valueRange = field.hasValue ? rangeOf(f.offset + eq + 1, field.value.size()) : field.range;
    field.text = std::move(f.text);
    fields.push_back(std::move(field));
  }
  return fields;
}

} // namespace dlint::frontend
