# Compiler warnings and sanitizer switches shared by every target.
option(DANEWERK_WERROR "Treat warnings as errors" OFF)
option(DANEWERK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DANEWERK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only; implies ASan and UBSan)" OFF)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(danewerk_warnings INTERFACE)
target_compile_options(danewerk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(DANEWERK_WERROR)
    target_compile_options(danewerk_warnings INTERFACE -Werror)
endif()
target_compile_definitions(danewerk_warnings INTERFACE
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(DANEWERK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(DANEWERK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DANEWERK_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    # Everything gets coverage instrumentation and the sanitizers; only the fuzz_* executables link libFuzzer.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# The engine and its tests must never depend on GUI modules: configuring fails if they do.
function(danewerk_forbid_gui target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    get_target_property(_ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs _ilibs)
        if(_lib MATCHES "Qt6?::(Gui|Widgets|Charts|Svg|SvgWidgets|OpenGL)|danewerk_ui")
            message(FATAL_ERROR "${target} must not link ${_lib}: the engine and its tests are Qt Core only")
        endif()
    endforeach()
endfunction()
