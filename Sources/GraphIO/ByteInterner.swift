import Foundation

/// Byte strings numbered in the order first met: an open-addressing hash
/// table (linear probing, FNV-1a) over one arena holding each string once,
/// so looking one up makes no `String` and allocates nothing.
struct ByteInterner {
    /// Every interned string's bytes, one after another.
    private var arena: [UInt8] = []
    /// Where each string starts in `arena`, plus the end.
    private var starts: [Int] = [0]
    /// Each slot: a string's number, or -1; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)

    /// How many strings are interned.
    var count: Int { starts.count - 1 }

    /// The number of `key`, and whether it was added now.
    ///
    /// - Complexity: O(*k*) expected for a key of *k* bytes.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let number = slots[slot]
            if number < 0 { break }
            if equals(Int(number), key) { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        slots[slot] = number
        // At most half full, so probes stay short.
        if count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// The string numbered `number`, decoded as UTF-8.
    func string(at number: Int) -> String {
        String(decoding: arena[starts[number]..<starts[number + 1]], as: UTF8.self)
    }

    private func equals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number], length = starts[number + 1] - start
        guard length == key.count else { return false }
        guard length > 0 else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, length) == 0 }
    }

    private mutating func grow() {
        var fresh = [Int32](repeating: -1, count: slots.count * 2)
        let mask = fresh.count - 1
        arena.withUnsafeBufferPointer { arena in
            for number in 0..<count {
                let key = UnsafeBufferPointer(rebasing: arena[starts[number]..<starts[number + 1]])
                var slot = Self.hash(key) & mask
                while fresh[slot] >= 0 { slot = (slot + 1) & mask }
                fresh[slot] = Int32(number)
            }
        }
        slots = fresh
    }

    /// FNV-1a over the bytes, folded to an `Int`.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
