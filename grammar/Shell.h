#pragma once
// PEGTL 3.2 grammar for the POSIX sh subset that RUN instructions use, plus the bash forms that
// are common in Dockerfiles ($'...', <(...), [[ ]], (( )), arrays, `function`, |&, &>, <<<).
// Rules only: no actions, no semantics. The shell model (passes/shell) attaches actions.
//
// Two rules are hooks for the parser: `heredoc_bodies` matches nothing here; the parser's action
// replaces its match to skip the bodies of pending here-documents after a newline. Reserved words
// are recognised only in command position (first word of a command).

#include <tao/pegtl.hpp>

namespace dlint::grammar::shell {

namespace pegtl = tao::pegtl;
using pegtl::any;
using pegtl::at;
using pegtl::eof;
using pegtl::must;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::ranges;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;
using pegtl::until;

// ---- lexical --------------------------------------------------------------------------------

struct blank : one<' ', '\t', '\r', '\f', '\v'> {};
struct line_continuation : seq<one<'\\'>, opt<one<'\r'>>, one<'\n'>> {};
/// Blanks between words; a backslash-newline is a blank too.
struct sp : star<sor<blank, line_continuation>> {};
struct comment : seq<one<'#'>, star<not_one<'\n'>>> {};
/// Hook: the parser's action skips the bodies of pending here-documents here.
struct heredoc_bodies : pegtl::success {};
struct newline : seq<one<'\n'>, heredoc_bodies> {};
/// Optional newlines, blanks and comments.
struct linebreak : star<sor<blank, line_continuation, comment, newline>> {};

/// What ends a reserved word.
struct delimiter : sor<one<' ', '\t', '\r', '\f', '\v', '\n', ';', '&', '|', '(', ')', '<', '>'>, eof> {};
template <typename Text> struct keyword : seq<Text, at<delimiter>> {};

struct name : seq<ranges<'a', 'z', 'A', 'Z', '_'>, star<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>>> {};

// Reserved words without leading blanks (for not_at in command position).
struct rw_if : keyword<TAO_PEGTL_STRING("if")> {};
struct rw_then : keyword<TAO_PEGTL_STRING("then")> {};
struct rw_elif : keyword<TAO_PEGTL_STRING("elif")> {};
struct rw_else : keyword<TAO_PEGTL_STRING("else")> {};
struct rw_fi : keyword<TAO_PEGTL_STRING("fi")> {};
struct rw_for : keyword<TAO_PEGTL_STRING("for")> {};
struct rw_in : keyword<TAO_PEGTL_STRING("in")> {};
struct rw_while : keyword<TAO_PEGTL_STRING("while")> {};
struct rw_until : keyword<TAO_PEGTL_STRING("until")> {};
struct rw_do : keyword<TAO_PEGTL_STRING("do")> {};
struct rw_done : keyword<TAO_PEGTL_STRING("done")> {};
struct rw_case : keyword<TAO_PEGTL_STRING("case")> {};
struct rw_esac : keyword<TAO_PEGTL_STRING("esac")> {};
struct rw_lbrace : keyword<one<'{'>> {};
struct rw_rbrace : keyword<one<'}'>> {};
struct rw_bang : keyword<one<'!'>> {};
struct rw_function : keyword<TAO_PEGTL_STRING("function")> {};
struct rw_dbl_lbracket : keyword<TAO_PEGTL_STRING("[[")> {};
struct rw_dbl_rbracket : keyword<TAO_PEGTL_STRING("]]")> {};

struct reserved_word : sor<rw_if, rw_then, rw_elif, rw_else, rw_fi, rw_for, rw_while, rw_until, rw_do, rw_done,
                           rw_case, rw_esac, rw_lbrace, rw_rbrace, rw_bang> {};

// The keywords as compound commands use them: blanks first. Named so that actions and error
// messages can tell them apart.
struct if_kw : seq<sp, rw_if> {};
struct then_kw : seq<sp, rw_then> {};
struct elif_kw : seq<sp, rw_elif> {};
struct else_kw : seq<sp, rw_else> {};
struct fi_kw : seq<sp, rw_fi> {};
struct for_kw : seq<sp, rw_for> {};
struct in_kw : seq<sp, rw_in> {};
struct while_kw : seq<sp, rw_while> {};
struct until_kw : seq<sp, rw_until> {};
struct do_kw : seq<sp, rw_do> {};
struct done_kw : seq<sp, rw_done> {};
struct case_kw : seq<sp, rw_case> {};
struct esac_kw : seq<sp, rw_esac> {};
struct lbrace_kw : seq<sp, rw_lbrace> {};
struct rbrace_kw : seq<sp, rw_rbrace> {};
struct bang_kw : rw_bang {};
struct dbl_lbracket_kw : rw_dbl_lbracket {};
struct dbl_rbracket_kw : seq<sp, rw_dbl_rbracket> {};

// ---- words ----------------------------------------------------------------------------------

struct compound_list;
struct compound_command;
struct expansion;
struct backquoted;
struct double_quoted;
struct single_quoted;
struct word;

/// Unquoted characters that are not operators, blanks or the start of a quote or expansion.
struct literal : plus<not_one<' ', '\t', '\r', '\f', '\v', '\n', '|', '&', ';', '(', ')', '<', '>', '\'', '"', '\\',
                              '$', '`'>> {};
/// `\x` outside quotes; `\<newline>` is a continuation and disappears.
struct escape : seq<one<'\\'>, any> {};
struct lone_backslash : one<'\\'> {};
/// A `$` that starts no expansion is an ordinary character.
struct dollar_literal : one<'$'> {};

struct sq_rest : until<one<'\''>> {};
struct single_quoted : seq<one<'\''>, must<sq_rest>> {};

struct ansi_c_rest : seq<star<sor<seq<one<'\\'>, any>, not_one<'\''>>>, one<'\''>> {};
struct ansi_c_quoted : seq<one<'$'>, one<'\''>, must<ansi_c_rest>> {};

struct dq_escape : seq<one<'\\'>, one<'$', '`', '"', '\\', '\n'>> {};
struct dq_literal : plus<not_one<'"', '\\', '$', '`'>> {};
struct dq_other : one<'\\', '$'> {};
struct dq_body : star<sor<dq_literal, dq_escape, expansion, backquoted, dq_other>> {};
struct dq_close : one<'"'> {};
struct double_quoted : seq<one<'"'>, dq_body, must<dq_close>> {};
/// $"..." (bash locale quoting) is read as "...".
struct locale_quoted : seq<one<'$'>, at<one<'"'>>, double_quoted> {};

struct special_parameter : one<'@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'> {};
struct parameter : seq<one<'$'>, sor<name, special_parameter>> {};

struct brace_body;
struct brace_text : seq<one<'{'>, brace_body, one<'}'>> {};
struct brace_body : star<sor<escape, single_quoted, double_quoted, expansion, backquoted, brace_text, not_one<'}'>>> {};
struct brace_close : one<'}'> {};
struct parameter_braced : seq<one<'$'>, one<'{'>, must<brace_body, brace_close>> {};

struct arith_body;
struct arith_group : seq<one<'('>, arith_body, one<')'>> {};
struct arith_body : star<sor<expansion, backquoted, escape, arith_group, not_one<'(', ')'>>> {};
struct arith_substitution : seq<one<'$'>, one<'('>, one<'('>, arith_body, one<')'>, one<')'>> {};

struct subst_close : seq<sp, one<')'>> {};
struct command_substitution : seq<one<'$'>, one<'('>, must<compound_list, subst_close>> {};
struct process_substitution : seq<one<'<', '>'>, one<'('>, must<compound_list, subst_close>> {};

struct expansion : sor<arith_substitution, command_substitution, parameter_braced, parameter> {};

struct bq_body : star<sor<seq<one<'\\'>, any>, not_one<'`'>>> {};
struct bq_close : one<'`'> {};
struct backquoted : seq<one<'`'>, must<bq_body, bq_close>> {};

// `literal` comes first: it is by far the most common part, and its characters never start any
// other alternative, so the order changes nothing but speed.
struct word_part : sor<literal, single_quoted, double_quoted, ansi_c_quoted, locale_quoted, escape, expansion, backquoted,
                       dollar_literal, lone_backslash> {};
/// A `#` at the start of a word begins a comment.
struct word : seq<not_at<one<'#'>>, sor<process_substitution, word_part>, star<word_part>> {};

// ---- redirections and assignments -----------------------------------------------------------

struct io_number : seq<plus<ranges<'0', '9'>>, at<one<'<', '>'>>> {};
struct redirect_op : sor<string<'<', '<', '<'>, string<'<', '<', '-'>, string<'<', '<'>, string<'<', '>'>, string<'<', '&'>,
                         string<'>', '>'>, string<'>', '&'>, string<'>', '|'>, string<'&', '>', '>'>, string<'&', '>'>,
                         seq<one<'<'>, not_at<one<'('>>>, seq<one<'>'>, not_at<one<'('>>>> {};
struct redirect_target : seq<word> {};
struct redirect : seq<opt<io_number>, redirect_op, sp, must<redirect_target>> {};

struct assign_name : name {};
struct assign_op : sor<string<'+', '='>, one<'='>> {};
struct array_open : one<'('> {};
struct array_close : seq<linebreak, one<')'>> {};
struct array_value : seq<array_open, linebreak, star<word, linebreak>, must<array_close>> {};
struct assignment : seq<assign_name, assign_op, sor<array_value, opt<word>>> {};

// ---- commands -------------------------------------------------------------------------------

struct simple_prefix : seq<sor<assignment, redirect>, sp> {};
struct simple_suffix : seq<sor<redirect, word>, sp> {};
struct simple_command : sor<seq<plus<simple_prefix>, star<simple_suffix>>,
                            seq<not_at<reserved_word>, word, sp, star<simple_suffix>>> {};

struct brace_group : seq<lbrace_kw, compound_list, must<rbrace_kw>> {};
struct subshell_close : seq<sp, one<')'>> {};
struct subshell : seq<one<'('>, compound_list, must<subshell_close>> {};
struct arith_command : seq<one<'('>, one<'('>, arith_body, one<')'>, one<')'>> {};

struct if_clause : seq<if_kw, compound_list, must<then_kw>, compound_list,
                       star<elif_kw, compound_list, must<then_kw>, compound_list>,
                       opt<else_kw, compound_list>, must<fi_kw>> {};

struct for_name : name {};
struct for_list_end : seq<sp, opt<comment>, sor<one<';'>, newline>> {};
struct for_in : seq<linebreak, in_kw, star<sp, word>, must<for_list_end>> {};
struct for_clause : seq<for_kw, sp, must<for_name>, sor<for_in, seq<sp, opt<comment>, opt<one<';'>>>>, linebreak,
                        must<do_kw>, compound_list, must<done_kw>> {};
struct while_clause : seq<while_kw, compound_list, must<do_kw>, compound_list, must<done_kw>> {};
struct until_clause : seq<until_kw, compound_list, must<do_kw>, compound_list, must<done_kw>> {};

struct case_subject : seq<word> {};
struct case_pattern : seq<word> {};
struct case_pattern_close : seq<sp, one<')'>> {};
struct case_terminator : sor<string<';', ';', '&'>, string<';', ';'>, string<';', '&'>> {};
struct case_item_end : sor<seq<sp, case_terminator, linebreak>, at<esac_kw>> {};
struct case_item : seq<sp, not_at<rw_esac>, opt<one<'('>, sp>, case_pattern, star<sp, one<'|'>, sp, must<case_pattern>>,
                       must<case_pattern_close>, compound_list, must<case_item_end>> {};
struct case_clause : seq<case_kw, sp, must<case_subject>, linebreak, must<in_kw>, linebreak, star<case_item>,
                         must<esac_kw>> {};

/// `[[ ... ]]` (bash): operators are kept as plain words.
struct dbracket_op : sor<string<'&', '&'>, string<'|', '|'>, one<'(', ')', '<', '>', '|'>> {};
struct dbracket : seq<dbl_lbracket_kw, star<sp, not_at<rw_dbl_rbracket>, sor<dbracket_op, word>>, must<dbl_rbracket_kw>> {};

struct compound_command : seq<sor<brace_group, arith_command, subshell, if_clause, for_clause, while_clause, until_clause,
                                  case_clause, dbracket>,
                              star<sp, redirect>> {};

struct function_name : plus<sor<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>, one<'-', '.', ':', '@', '+'>>> {};
struct function_body : seq<linebreak, compound_command> {};
struct function_def : sor<seq<rw_function, sp, function_name, sp, opt<one<'('>, sp, one<')'>>, must<function_body>>,
                          seq<function_name, sp, one<'('>, sp, one<')'>, must<function_body>>> {};

struct command : sor<compound_command, function_def, simple_command> {};

struct pipe_op : sor<string<'|', '&'>, seq<one<'|'>, not_at<one<'|'>>>> {};
struct pipeline_command : seq<sp, command> {};
struct pipeline : seq<sp, opt<bang_kw, sp>, command, star<sp, pipe_op, linebreak, must<pipeline_command>>> {};

struct and_or_op : sor<string<'&', '&'>, string<'|', '|'>> {};
struct and_or_rhs : seq<pipeline> {};
struct and_or : seq<pipeline, star<sp, and_or_op, linebreak, must<and_or_rhs>>> {};

struct sep_semicolon : seq<one<';'>, not_at<one<';', '&'>>> {};
struct sep_ampersand : seq<one<'&'>, not_at<one<'&'>>> {};
struct separator : seq<sp, opt<comment>, sor<sep_semicolon, sep_ampersand, newline>, linebreak> {};
struct list : seq<and_or, star<separator, opt<and_or>>> {};
struct compound_list : seq<linebreak, opt<list>, linebreak> {};

/// The top rule: as much of a script as parses. The parser checks that all input was used and
/// recovers at the next separator when it was not.
struct script : seq<linebreak, opt<list>, sp, opt<comment>, linebreak> {};

// ---- here-document bodies -------------------------------------------------------------------

/// An unquoted here-document body: like the inside of "...", but `"` is an ordinary character.
struct heredoc_escape : seq<one<'\\'>, one<'$', '`', '\\', '\n'>> {};
struct heredoc_literal : plus<not_one<'\\', '$', '`'>> {};
struct heredoc_other : one<'\\', '$'> {};
struct heredoc_text : star<sor<heredoc_escape, expansion, backquoted, heredoc_literal, heredoc_other>> {};

} // namespace dlint::grammar::shell
