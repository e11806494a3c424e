# ASan + UBSan for every dlint target when DLINT_SANITIZE is on. DLINT_FUZZ implies them, and
# adds libFuzzer's coverage instrumentation (fuzzer-no-link) so the components feed the fuzzer;
# only the fuzzer executables link libFuzzer itself (-fsanitize=fuzzer, see fuzz/CMakeLists.txt).
add_library(dlint_sanitizers INTERFACE)
if(DLINT_SANITIZE OR DLINT_FUZZ)
  set(_dlint_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  if(DLINT_FUZZ)
    list(APPEND _dlint_san -fsanitize=fuzzer-no-link)
  endif()
  target_compile_options(dlint_sanitizers INTERFACE ${_dlint_san})
  target_link_options(dlint_sanitizers INTERFACE ${_dlint_san})
endif()

# dlint_component(NAME ...): a static library with dlint's warnings and sanitizers.
function(dlint_component name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE dlint_warnings PUBLIC dlint_sanitizers)
endfunction()
