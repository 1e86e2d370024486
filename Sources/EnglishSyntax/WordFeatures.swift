/// What the tagger and the parser read of one word, computed once per word:
/// hashes of its lowercased form, affixes and shape.
struct WordFeatures: Sendable {
    /// The lowercased form with digits as `0` (so "1999" and "2024" agree).
    var lower: UInt64
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// Letter classes, runs collapsed: "Iran-backed" is `Xx-x`, "1,000" is `d,d`.
    var shape: UInt64
    /// Capitalised, all capitals, has a digit, has a hyphen: one bit each.
    var flags: UInt64

    static let padding = WordFeatures(word: "<pad>")

    init(word: String) {
        self.init(scalars: word.unicodeScalars)
    }

    /// The features of a word given as scalars: typographic quotes and dashes
    /// read as ASCII, as ``normalized(_:)`` writes them.
    init<S: Collection<Unicode.Scalar>>(scalars: S) {
        // One pass, no allocation: the lowered bytes feed the word's hash as they come, the first
        // three and the last four are kept for the affixes, and the shape's classes feed its hash.
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3
        var lower = basis
        var head: UInt32 = 0, tail: UInt32 = 0, count = 0
        var shape = basis ^ 8
        var lastClass: UInt16 = 0xFFFF
        var capitalised = false, allCaps = true, letters = 0, digit = false, hyphen = false
        var first = true
        @inline(__always) func add(_ byte: UInt8) {
            lower = (lower ^ UInt64(byte)) &* prime
            if count < 3 { head |= UInt32(byte) << (8 * UInt32(count)) }
            tail = tail << 8 | UInt32(byte)
            count += 1
        }
        for raw in scalars {
            let scalar = Self.normalized(raw)
            let v = scalar.value
            var cls: UInt8
            if v < 0x80 {
                var b = UInt8(v)
                if b >= 65 && b <= 90 {
                    cls = UInt8(ascii: "X")
                    if first { capitalised = true }
                    letters += 1
                    b += 32
                } else if b >= 97 && b <= 122 {
                    cls = UInt8(ascii: "x")
                    allCaps = false
                    letters += 1
                } else if b >= 48 && b <= 57 {
                    cls = UInt8(ascii: "d")
                    digit = true
                    b = UInt8(ascii: "0")
                } else {
                    cls = b
                    if b == UInt8(ascii: "-") { hyphen = true }
                }
                add(b)
            } else {
                let properties = scalar.properties
                if properties.isUppercase {
                    cls = UInt8(ascii: "X")
                    if first { capitalised = true }
                    letters += 1
                } else if properties.isAlphabetic {
                    cls = UInt8(ascii: "x")
                    allCaps = false
                    letters += 1
                } else {
                    cls = UInt8(ascii: "o")
                }
                for lowerScalar in properties.lowercaseMapping.unicodeScalars {
                    UTF8.encode(lowerScalar) { add($0) }
                }
            }
            if lastClass != UInt16(cls) {
                shape = (shape ^ UInt64(cls)) &* prime
                lastClass = UInt16(cls)
            }
            first = false
        }
        // Affixes are taken over bytes: a cut inside a multi-byte letter still names a stable string.
        func prefix(_ n: Int) -> UInt64 {
            var h = basis ^ UInt64(n)
            for k in 0..<min(n, count) { h = (h ^ UInt64(UInt8(truncatingIfNeeded: head >> (8 * UInt32(k))))) &* prime }
            return h
        }
        func suffix(_ n: Int) -> UInt64 {
            var h = basis ^ UInt64(3 + n)
            for k in stride(from: min(n, count) - 1, through: 0, by: -1) {
                h = (h ^ UInt64(UInt8(truncatingIfNeeded: tail >> (8 * UInt32(k))))) &* prime
            }
            return h
        }
        self.lower = lower
        prefix1 = prefix(1)
        prefix2 = prefix(2)
        prefix3 = prefix(3)
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
        self.shape = shape
        flags = (capitalised ? 1 : 0) | (allCaps && letters > 0 ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0)
    }

    /// The form with typographic quotes and dashes as ASCII, as the extractor's
    /// normaliser writes them, so that treebank text and news text agree.
    static func normalized(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map(normalized)
    }

    @inline(__always)
    static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0x80 else { return scalar }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        default: return scalar
        }
    }
}
