# dlint_set_warnings(target): the warning set every dlint target compiles with.
add_library(dlint_warnings INTERFACE)
target_compile_options(dlint_warnings INTERFACE
  -Wall -Wextra -Wpedantic
  -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
  -Wimplicit-fallthrough -Wformat=2)
if(DLINT_WARNINGS_AS_ERRORS)
  target_compile_options(dlint_warnings INTERFACE -Werror)
endif()
