/// The frozen weights of an averaged perceptron: rows of 16-bit weights
/// under an open-addressing table of feature keys.
///
/// A feature's row holds only the classes it has weight for. Weights are
/// stored as integers times one scale (the largest weight maps to 32,767),
/// and scores are summed in 32-bit integers. Rows with many classes (the
/// frequent features, which carry most of the additions) are kept dense
/// and added sixteen classes at a time; the rest stay sparse. The table
/// keeps 32 bits of each 64-bit key beside the row's place; a feature that
/// is not in the model matches a stored one with odds of about one in four
/// billion per probe, which is feature hashing's usual trade.
struct LinearModel: Sendable {
    let classCount: Int
    /// What one weight unit is worth.
    let scale: Float
    /// The features with their row lengths, most frequent in training first
    /// (so they take their home slots, and probes for them are shortest);
    /// rows follow one another in ``entries``. This is the stored form,
    /// which files hold.
    let keys: [UInt64]
    let rowLengths: [UInt8]
    /// `class << 16 | weight bits`, row after row.
    let entries: [UInt32]
    /// Per slot: the key's fingerprint in the high 32 bits; bit 31 set for a
    /// dense row; then the row's place (23 bits: an offset in ``entries``,
    /// or a dense row's number) and its length (8 bits). 0 for an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Dense rows, ``stride`` weights each (classes padded to a multiple of 16).
    private let dense: [SIMD16<Int16>]
    /// Classes rounded up to a multiple of 16: the length of a score vector.
    let stride: Int
    /// For models of at most three classes: per slot 16 bits of the key
    /// (bits 48 to 63; the slot's place holds its low bits) and three 16-bit
    /// weights, so a feature costs one memory access to an 8-byte slot.
    private let inline: [UInt64]

    /// Rows with at least this many classes are kept dense.
    static let denseFrom = 28

    /// A model from averaged weights, rows most frequent first; weights that round to zero are dropped.
    init(classCount: Int, rows: [(key: UInt64, entries: [(UInt8, Float)])], largest: Float) {
        let scale = largest > 0 ? largest / 32767 : 1
        var keys: [UInt64] = [], lengths: [UInt8] = [], entries: [UInt32] = []
        for row in rows {
            var length = 0
            for (c, w) in row.entries {
                let q = Int16(clamping: Int((w / scale).rounded()))
                guard q != 0 else { continue }
                entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: q)))
                length += 1
            }
            if length > 0 {
                keys.append(row.key)
                lengths.append(UInt8(length))
            } 
        }
        self.init(classCount: classCount, scale: scale, keys: keys, rowLengths: lengths, entries: entries)
    }

    /// A model from its stored parts, as read from a file.
    init(classCount: Int, scale: Float, keys: [UInt64], rowLengths: [UInt8], entries: [UInt32]) {
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.rowLengths = rowLengths
        self.entries = entries
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        let stride = (classCount + 15) / 16 * 16
        self.stride = stride
        if classCount <= 3 {
            var inline = [UInt64](repeating: 0, count: size)
            let mask = size - 1
            var offset = 0
            for (i, key) in keys.enumerated() {
                var slot = Int(truncatingIfNeeded: key) & mask
                while inline[slot] != 0 { slot = (slot + 1) & mask }
                var value = UInt64(Self.shortFingerprint(key)) << 48
                for e in offset..<(offset + Int(rowLengths[i])) {
                    value |= UInt64(entries[e] & 0xFFFF) << (16 * UInt64(entries[e] >> 16))
                }
                inline[slot] = value
                offset += Int(rowLengths[i])
            }
            self.inline = inline
            self.slots = []
            self.dense = []
            self.mask = mask
            return
        }
        self.inline = []
        var slots = [UInt64](repeating: 0, count: size)
        var dense: [SIMD16<Int16>] = []
        let mask = size - 1
        var offset = 0
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            let length = Int(rowLengths[i])
            var value = UInt64(Self.fingerprint(key)) << 32
            if length >= Self.denseFrom {
                let row = dense.count / (stride / 16)
                var weights = [Int16](repeating: 0, count: stride)
                for e in offset..<(offset + length) {
                    weights[Int(entries[e] >> 16)] = Int16(bitPattern: UInt16(truncatingIfNeeded: entries[e]))
                }
                for v in 0..<(stride / 16) { dense.append(SIMD16(weights[(v * 16)..<(v * 16 + 16)])) }
                value |= 1 << 31 | UInt64(row) << 8
            } else {
                value |= UInt64(offset) << 8 | UInt64(length)
            }
            slots[slot] = value
            offset += length
        }
        self.slots = slots
        self.mask = mask
        self.dense = dense
    }

    @inline(__always)
    static func shortFingerprint(_ key: UInt64) -> UInt16 {
        let f = UInt16(truncatingIfNeeded: key >> 48)
        return f == 0 ? 1 : f
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: key >> 32)
        return f == 0 ? 1 : f
    }

    /// Whether the offsets fit the 23 bits a slot gives them.
    var fitsLocations: Bool { entries.count < 1 << 23 }

    /// Adds the scores of `features` to `scores` (``stride`` of them, one per class and padding).
    ///
    /// Two passes: the first finds every feature's row, the second adds
    /// the rows. The first pass's loads do not depend on one another, so the
    /// processor has many cache misses in flight at once, which is most of
    /// the time a decision takes with a model larger than the cache.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        if !inline.isEmpty {
            inline.withUnsafeBufferPointer { inline in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { home in
                    // First every feature's home slot, in loads that do not wait on one another
                    // (most lookups miss the cache; this keeps many misses in flight at once) ...
                    for (i, key) in features.enumerated() { home[i] = inline[Int(truncatingIfNeeded: key) & mask] }
                    // ... then the comparisons, following a probe past the home slot where needed.
                    var a: Int32 = 0, b: Int32 = 0, c: Int32 = 0
                    for (i, key) in features.enumerated() {
                        let fingerprint = UInt64(Self.shortFingerprint(key))
                        var w = home[i]
                        var slot = Int(truncatingIfNeeded: key) & mask
                        while w != 0 && w >> 48 != fingerprint {
                            slot = (slot + 1) & mask
                            w = inline[slot]
                        }
                        guard w != 0 else { continue }
                        a &+= Int32(Int16(truncatingIfNeeded: w))
                        b &+= Int32(Int16(truncatingIfNeeded: w >> 16))
                        c &+= Int32(Int16(truncatingIfNeeded: w >> 32))
                    }
                    scores[0] &+= a
                    if classCount > 1 { scores[1] &+= b }
                    if classCount > 2 { scores[2] &+= c }
                }
            }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            var rows = 0
            slots.withUnsafeBufferPointer { slots in
                // Home slots first, in independent loads; then the comparisons (as above).
                for (i, key) in features.enumerated() { found[i] = slots[Int(truncatingIfNeeded: key) & mask] }
                for (i, key) in features.enumerated() {
                    let fingerprint = UInt64(Self.fingerprint(key))
                    var value = found[i]
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while value != 0 && value >> 32 != fingerprint {
                        slot = (slot + 1) & mask
                        value = slots[slot]
                    }
                    guard value != 0 else { continue }
                    found[rows] = value
                    rows += 1
                }
            }
            let vectors = stride / 16
            scores.withMemoryRebound(to: SIMD16<Int32>.self) { sums in
                dense.withUnsafeBufferPointer { dense in
                    entries.withUnsafeBufferPointer { entries in
                        for r in 0..<rows {
                            let location = found[r]
                            let place = Int(truncatingIfNeeded: (location >> 8) & 0x7F_FFFF)
                            if location & (1 << 31) != 0 {
                                let base = place * vectors
                                for v in 0..<vectors { sums[v] &+= SIMD16<Int32>(truncatingIfNeeded: dense[base + v]) }
                            } else {
                                for e in place..<(place + Int(truncatingIfNeeded: location & 0xFF)) {
                                    let entry = entries[e]
                                    scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Bytes the model holds in memory.
    var memoryBytes: Int { keys.count * 9 + entries.count * 4 + slots.count * 8 + dense.count * 32 + inline.count * 8 }
}
