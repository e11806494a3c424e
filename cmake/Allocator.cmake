# dlint_allocator: links mimalloc into an executable, so it serves every malloc and operator new.
# Why: the shell model, the scopes and the rules allocate many small blocks per file; with glibc's
# malloc, allocation and freeing are about a sixth of the instructions of a corpus run, and
# mimalloc cuts the CPU time of `dlint` over the 2,600 corpus files by about a quarter
# (bench/README.md, "Allocator"). Linking the shared library is enough on Linux: its malloc and
# free interpose glibc's for the whole process.
# Not with the sanitizers: ASan replaces the allocator itself and must see every block.
option(DLINT_MIMALLOC "Serve allocations with mimalloc (not with DLINT_SANITIZE or DLINT_FUZZ)" ON)
add_library(dlint_allocator INTERFACE)
if(DLINT_MIMALLOC AND NOT DLINT_SANITIZE AND NOT DLINT_FUZZ)
  find_package(mimalloc 2.0 REQUIRED)
  target_link_libraries(dlint_allocator INTERFACE mimalloc)
  target_compile_definitions(dlint_allocator INTERFACE DLINT_USES_MIMALLOC=1)
endif()
