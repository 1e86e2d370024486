import Foundation

/// A read-only map from words (folded token keys) to what they are to the
/// extractor, looked up by their UTF-8 bytes.
///
/// Every token of every article is looked up once. Through `Dictionary`
/// that took about 350 instructions a token on the Wikinews corpus: SipHash
/// over the key, then string equality through the standard library's
/// Unicode-aware path. Keys on both sides come from the same folding
/// (``Tokenizer/foldKey(_:)``), so equal words have equal bytes, and a byte
/// hash (FNV-1a) with open addressing and a byte comparison answers the same.
struct WordTable: Sendable {
    /// Entry number plus one per slot; 0 is empty. A power of two, at most
    /// half full.
    private var slots: [Int32] = [0]
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var values: [WordFacts] = []

    init() {}

    init(_ entries: [String: WordFacts]) {
        var capacity = 2
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        // In key order, so the table is the same on every run.
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            bytes.append(contentsOf: key.utf8)
            starts.append(Int32(bytes.count))
            values.append(value)
            var slot = Self.hash(key.utf8) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(values.count)
        }
    }

    var count: Int { values.count }

    /// Every word with its facts, in word order.
    var entries: [(word: String, facts: WordFacts)] {
        values.indices.map { i in
            (String(decoding: bytes[Int(starts[i])..<Int(starts[i + 1])], as: UTF8.self), values[i])
        }
    }

    subscript(word: String) -> WordFacts? {
        var word = word
        guard let entry = word.withUTF8({ entry(for: $0) }) else { return nil }
        return values[entry]
    }

    /// The entry whose key has these bytes.
    private func entry(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    let mask = slots.count - 1
                    var slot = Self.hash(key) & mask
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return nil }
                        let start = Int(starts[entry - 1]), end = Int(starts[entry])
                        if end - start == key.count
                            && (key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0)
                        {
                            return entry - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// FNV-1a over the bytes, with the high bits folded into the low ones
    /// that pick the slot.
    @inline(__always)
    static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
