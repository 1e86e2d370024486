#ifndef GEOSTANCE_CZLIB_SHIM_H
#define GEOSTANCE_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro, which Swift cannot call. windowBits: 15 + 16 for
   gzip, 15 + 32 to detect gzip or zlib, -15 for the raw deflate of zip. */
static inline int geostance_inflate_init(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

/* deflateInit2 likewise; used by the tests to make gzip and zip input. */
static inline int geostance_deflate_init(z_stream *stream, int windowBits) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif
