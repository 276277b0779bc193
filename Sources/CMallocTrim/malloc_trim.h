// Diplograph's C shim for glibc's malloc_trim: hands freed heap pages back to the system.
// Elsewhere (macOS, musl) there is no such call and the shim does nothing.
#ifndef DIPLOGRAPH_MALLOC_TRIM_H
#define DIPLOGRAPH_MALLOC_TRIM_H

#include <stddef.h>
#if defined(__linux__)
#include <malloc.h>  // glibc's declares malloc_trim and defines __GLIBC__
#endif

// Returns 1 when memory was released, 0 when none was (or the platform has no malloc_trim).
static inline int diplograph_malloc_trim(size_t pad) {
#if defined(__GLIBC__)
    return malloc_trim(pad);
#else
    (void)pad;
    return 0;
#endif
}

#endif
