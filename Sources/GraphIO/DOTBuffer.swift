import Foundation

/// DOT text as UTF-8 bytes, with quoting by the rules of ``DOTText``.
///
/// Large documents are mostly edge statements; appending their pieces to a
/// byte array skips the bookkeeping `String` does on every append, and
/// escaping byte by byte is exact because every byte that needs escaping or
/// dropping is ASCII, or starts U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
struct DOTBuffer {
    /// Memory the buffer owns, grown by doubling; appending copies bytes
    /// into it with one `memcpy`, not through `Array`'s generic append.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func grow(toHold needed: Int) {
            let larger = max(needed, capacity * 2)
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            fresh.update(from: base, count: count)
            base.deallocate()
            base = fresh
            capacity = larger
        }
    }

    /// Owned by this buffer alone: a buffer is never copied and then appended to.
    private var storage: Storage
    /// Bytes written into the current chunk of an open quoted string.
    private var chunkUsed = 0

    init(capacity: Int = 0) {
        storage = Storage(capacity: capacity)
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage.base, count: storage.count) }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written so far, handed over without a copy; the buffer is empty after.
    mutating func takeData() -> Data {
        let taken = storage
        storage = Storage(capacity: 0)
        chunkUsed = 0
        let base = taken.base, count = taken.count
        // The Data frees the memory; the old storage must not.
        taken.base = .allocate(capacity: 1)
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { pointer, _ in
            pointer.assumingMemoryBound(to: UInt8.self).deallocate()
        })
    }

    mutating func removeAll() {
        storage.count = 0
        chunkUsed = 0
    }

    /// Appends `count` bytes from `source` as they are.
    @inline(__always)
    private mutating func put(_ source: UnsafePointer<UInt8>, _ count: Int) {
        let s = storage
        if s.count + count > s.capacity { s.grow(toHold: s.count + count) }
        (s.base + s.count).update(from: source, count: count)
        s.count += count
    }

    @inline(__always)
    private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
        if let base = source.baseAddress { put(base, source.count) }
    }

    @inline(__always)
    private mutating func put(byte: UInt8) {
        let s = storage
        if s.count == s.capacity { s.grow(toHold: s.count + 1) }
        s.base[s.count] = byte
        s.count += 1
    }

    /// Appends `text` as it is (keywords, ids, punctuation).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    /// Appends `text` as it is.
    mutating func append(static text: StaticString) {
        put(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Appends bytes as they are.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        put(bytes)
    }

    /// Appends the bytes of another buffer as they are.
    mutating func append(_ other: DOTBuffer) {
        put(other.bytes)
    }

    /// Appends `text` as one quoted DOT string.
    mutating func appendQuoted(_ text: String) {
        openQuote()
        appendEscaped(text)
        closeQuote()
    }

    /// Starts a quoted string whose content follows in ``appendEscaped(_:)`` calls.
    mutating func openQuote() {
        put(byte: 0x22)
        chunkUsed = 0
    }

    mutating func closeQuote() {
        put(byte: 0x22)
    }

    /// Appends `text` inside an open quoted string: `\`, `"`, newline and `&`
    /// escaped, undrawable scalars dropped, and the string split with `+`
    /// before a scalar that would take its chunk past ``DOTText/chunkBytes``.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped(bytes: $0) }
    }

    /// Appends `bytes` inside an open quoted string when every byte is plain
    /// (``isPlain(_:)``): what ``appendEscaped(bytes:)`` writes for them,
    /// without looking at each byte while the chunk has room.
    @inline(__always)
    mutating func appendPlain(bytes: UnsafeBufferPointer<UInt8>) {
        if chunkUsed + bytes.count <= DOTText.chunkBytes {
            put(bytes)
            chunkUsed += bytes.count
        } else {
            appendEscaped(bytes: bytes)
        }
    }

    /// ``appendPlain(bytes:)`` for a literal with no byte to escape.
    @inline(__always)
    mutating func appendPlain(static text: StaticString) {
        appendPlain(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a non-negative or negative integer's decimal digits inside an open quoted string.
    mutating func appendEscaped(_ value: Int) {
        // Twenty bytes hold any Int64 with its sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = value.magnitude, end = 20
            repeat {
                end -= 1
                digits[end] = UInt8(truncatingIfNeeded: n % 10) + 0x30
                n /= 10
            } while n > 0
            if value < 0 {
                end -= 1
                digits[end] = 0x2D
            }
            appendPlain(bytes: UnsafeBufferPointer(rebasing: digits[end..<20]))
        }
    }

    /// Appends UTF-8 `source` inside an open quoted string, as ``appendEscaped(_:)-(String)`` does.
    mutating func appendEscaped(bytes source: UnsafeBufferPointer<UInt8>) {
        do {
            let n = source.count
            var i = 0
            while i < n {
                // The longest run that needs nothing done, copied at once.
                var j = i
                // Eight bytes at a time while none needs anything done, then byte by byte.
                while j + 8 <= n, Self.isPlain(word: UnsafeRawPointer(source.baseAddress! + j).loadUnaligned(as: UInt64.self)) {
                    j += 8
                }
                while j < n, Self.isPlain(source[j]) { j += 1 }
                if j > i {
                    if chunkUsed + (j - i) <= DOTText.chunkBytes {
                        put(source.baseAddress! + i, j - i)
                        chunkUsed += j - i
                        i = j
                    } else {
                        // Crosses a chunk boundary: one scalar at a time.
                        let width = Self.width(lead: source[i])
                        appendPiece(UnsafeBufferPointer(rebasing: source[i..<min(n, i + width)]))
                        i += width
                    }
                    continue
                }
                let byte = source[i]
                switch byte {
                case 0x5C: appendPiece("\\\\")
                case 0x22: appendPiece("\\\"")
                case 0x0A: appendPiece("\\n")
                case 0x26: appendPiece("&amp;")
                case 0xEF:
                    // U+FFFE and U+FFFF are dropped; other scalars led by EF are kept.
                    if i + 2 < n, source[i + 1] == 0xBF, source[i + 2] == 0xBE || source[i + 2] == 0xBF {
                        i += 3
                        continue
                    }
                    appendPiece(UnsafeBufferPointer(rebasing: source[i..<min(n, i + 3)]))
                    i += 3
                    continue
                case 0x09: appendPiece("\t")
                default: break  // other C0 controls, carriage return included: dropped
                }
                i += 1
            }
        }
    }

    /// Appends one escaped or literal piece, opening a new chunk first when
    /// it would not fit in the current one.
    private mutating func appendPiece(_ piece: UnsafeBufferPointer<UInt8>) {
        if chunkUsed + piece.count > DOTText.chunkBytes, chunkUsed > 0 {
            append("\" + \"")
            chunkUsed = 0
        }
        put(piece)
        chunkUsed += piece.count
    }

    private mutating func appendPiece(_ piece: StaticString) {
        appendPiece(UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    /// Bytes copied as they are: printable ASCII other than `\`, `"` and
    /// `&`, and every byte of a multi-byte scalar except a lead `EF`.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x5C && byte != 0x22 && byte != 0x26 && byte != 0xEF
    }

    /// Whether all eight bytes of `word` are plain (``isPlain(_:)``), by the
    /// bit tricks that find a zero byte or a byte below a bound in a word
    /// without looking at the bytes one by one: exact for "any byte".
    @inline(__always)
    static func isPlain(word w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func anyZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (w &- 0x20 &* ones) & ~w & highs
        let special = anyZero(w ^ (0x5C &* ones)) | anyZero(w ^ (0x22 &* ones)) | anyZero(w ^ (0x26 &* ones))
            | anyZero(w ^ (0xEF &* ones))
        return below20 | special == 0
    }

    /// The length of the UTF-8 sequence a byte starts (1 for a continuation byte).
    @inline(__always)
    private static func width(lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
