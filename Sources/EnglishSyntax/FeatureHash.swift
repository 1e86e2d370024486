/// Feature keys: a template number and up to three values mixed into 64
/// bits, the same on every machine and in every run (Swift's `Hasher` is
/// seeded per process, so it cannot be used for a model saved to disk).
///
/// Feature hashing follows Weinberger et al. (2009), "Feature hashing for
/// large scale multitask learning"; the mixing steps are those of
/// SplitMix64 (Steele, Lea and Flood 2014).
enum FeatureHash {
    /// One multiply and one shift per value: enough to spread values over
    /// the 64 bits, since every key ends in ``finish(_:)``.
    @inline(__always)
    static func mix(_ h: UInt64, _ value: UInt64) -> UInt64 {
        let x = (h ^ value) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 32)
    }

    /// SplitMix64's finaliser: every bit of the key depends on every bit fed in.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 {
        var x = h ^ (h >> 31)
        x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 29
        return x == 0 ? 1 : x
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finish(mix(template &* 0xD6E8_FEB8_6659_FD93, a))
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(mix(mix(template &* 0xD6E8_FEB8_6659_FD93, a), b))
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finish(mix(mix(mix(template &* 0xD6E8_FEB8_6659_FD93, a), b), c))
    }

    /// FNV-1a over the bytes of `text` (Fowler, Noll and Vo): word identities.
    static func string(_ text: some StringProtocol) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// An open-addressing table from feature keys to row numbers, growing as
/// features are added; used while training.
struct FeatureTable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    func find(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The row of `key`, adding it with `next` when new.
    @inline(__always)
    mutating func findOrInsert(_ key: UInt64, next: Int32) -> (row: Int32, inserted: Bool) {
        if count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return (values[slot], false) }
            if k == 0 {
                keys[slot] = key
                values[slot] = next
                count += 1
                return (next, true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[i]
        }
    }

    /// Every key with its row.
    func pairs() -> [(key: UInt64, row: Int32)] {
        var out: [(UInt64, Int32)] = []
        out.reserveCapacity(count)
        for (i, key) in keys.enumerated() where key != 0 { out.append((key, values[i])) }
        return out
    }
}
