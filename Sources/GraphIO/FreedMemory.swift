#if canImport(Glibc)
import Glibc

// glibc's malloc_trim, which the Glibc module does not import.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory freed by a large read back to the system.
///
/// Reading a big graph frees most of what it allocated (the file's bytes,
/// interning tables, arrays outgrown), but glibc keeps freed heap pages for
/// the process, so its resident size stays near the read's peak: 14 MB of
/// 160 on a 2,000,000-relation edge list. Called once after such a read;
/// elsewhere (macOS frees as it goes) it does nothing.
package enum FreedMemory {
    package static func release() {
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
    }
}
