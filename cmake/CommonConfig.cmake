# One INTERFACE target every project target links: language standard, warnings and
# Qt strictness, so a new target cannot forget them.
add_library(cramp_common INTERFACE)
target_compile_features(cramp_common INTERFACE cxx_std_20)
set_target_properties(cramp_common PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(cramp_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wformat=2 -Wimplicit-fallthrough)
if(CRAMP_WERROR)
  target_compile_options(cramp_common INTERFACE -Werror)
endif()

target_compile_definitions(cramp_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  CRAMP_VERSION="${PROJECT_VERSION}")

if(CRAMP_SANITIZE)
  # UBSan stays recoverable so packaging/ubsan.supp can silence one Qt 6.4 header report;
  # the asan test preset sets halt_on_error=1, so anything else still fails the test.
  target_compile_options(cramp_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(cramp_common INTERFACE -fsanitize=address,undefined)
endif()

# Hardening as Debian builds its packages (dpkg-buildflags with hardening=+all): stack
# protector and clash protection, control-flow protection, format checks, a read-only
# relocation table bound at start (relro, now), and fortified libc calls where the
# optimiser can check them (not in Debug, where _FORTIFY_SOURCE has no effect but a warning).
target_compile_options(cramp_common INTERFACE
  -fstack-protector-strong -fstack-clash-protection -fcf-protection -Wformat -Werror=format-security)
target_compile_definitions(cramp_common INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(cramp_common INTERFACE LINKER:-z,relro LINKER:-z,now)
