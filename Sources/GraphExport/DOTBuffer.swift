/// DOT text as UTF-8 bytes, with quoting by the rules of ``DOTText``.
///
/// Large documents are mostly edge statements; appending their pieces to a
/// byte array skips the bookkeeping `String` does on every append, and
/// escaping byte by byte is exact because every byte that needs escaping or
/// dropping is ASCII, or starts U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
struct DOTBuffer {
    private(set) var bytes: [UInt8] = []
    /// Bytes written into the current chunk of an open quoted string.
    private var chunkUsed = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        chunkUsed = 0
    }

    /// Appends `text` as it is (keywords, ids, punctuation).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the bytes of another buffer as they are.
    mutating func append(_ other: DOTBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends `text` as one quoted DOT string.
    mutating func appendQuoted(_ text: String) {
        openQuote()
        appendEscaped(text)
        closeQuote()
    }

    /// Starts a quoted string whose content follows in ``appendEscaped(_:)`` calls.
    mutating func openQuote() {
        bytes.append(0x22)
        chunkUsed = 0
    }

    mutating func closeQuote() {
        bytes.append(0x22)
    }

    /// Appends `text` inside an open quoted string: `\`, `"`, newline and `&`
    /// escaped, undrawable scalars dropped, and the string split with `+`
    /// before a scalar that would take its chunk past ``DOTText/chunkBytes``.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            let n = source.count
            var i = 0
            while i < n {
                // The longest run that needs nothing done, copied at once.
                var j = i
                while j < n, Self.isPlain(source[j]) { j += 1 }
                if j > i {
                    if chunkUsed + (j - i) <= DOTText.chunkBytes {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[i..<j]))
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
            bytes += [0x22, 0x20, 0x2B, 0x20, 0x22]  // `" + "`
            chunkUsed = 0
        }
        bytes.append(contentsOf: piece)
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

    /// The length of the UTF-8 sequence a byte starts (1 for a continuation byte).
    @inline(__always)
    private static func width(lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
