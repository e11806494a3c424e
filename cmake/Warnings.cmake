# dlint_set_warnings(target): the warning set every dlint target compiles with.
add_library(dlint_warnings INTERFACE)
target_compile_options(dlint_warnings INTERFACE
  -Wall -Wextra -Wpedantic
  -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wdouble-promotion
  # GCC 12 at -O2 reports "potential null pointer dereference" for std::optional and pointer
  # accesses in tests that a REQUIRE has already checked; product code keeps the warning.
  $<$<NOT:$<STREQUAL:$<TARGET_PROPERTY:NAME>,dlint_unit_tests>>:-Wnull-dereference>
  -Wimplicit-fallthrough -Wformat=2)
if(DLINT_WARNINGS_AS_ERRORS)
  target_compile_options(dlint_warnings INTERFACE -Werror)
endif()
