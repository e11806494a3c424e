#pragma once
// The Dockerfile language, one include for the frontend and for the grammar's own tests.
// The frontend drives these rules line by line: a Dockerfile's structure depends on state that
// a context-free grammar cannot carry (the escape token chosen by a directive, the names of
// pending heredocs), so each rule parses one well-delimited piece of text.

#include "grammar/Directives.h"
#include "grammar/Heredoc.h"
#include "grammar/Instruction.h"
#include "grammar/Json.h"
#include "grammar/Lines.h"
#include "grammar/Mount.h"
#include "grammar/Words.h"
