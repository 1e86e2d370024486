/// A partner's place in a standings answer as one 128-bit integer, so that
/// ranking compares integers: the complement of its score's bits, then the
/// partner's index, then its group's.
///
/// A larger non-negative `Double` has larger bits, so ascending keys are
/// strongest first, equal scores by partner, which is id order. Scores are
/// sums of magnitudes, never negative.
struct RankKey: Comparable {
    var bits: UInt128

    init(bits: UInt128) { self.bits = bits }

    /// The key of group `group`, whose partner is `partner` and summed magnitude `score`.
    @inline(__always)
    init(score: Double, partner: Int32, group: Int) {
        bits = UInt128(~score.bitPattern) << 64 | UInt128(UInt32(bitPattern: partner)) << 32
            | UInt128(UInt32(truncatingIfNeeded: group))
    }

    @inline(__always) var score: Double { Double(bitPattern: ~high) }
    @inline(__always) var partner: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: bits >> 32)) }
    @inline(__always) var group: Int { Int(UInt32(truncatingIfNeeded: bits)) }
    /// The score's complemented bits: what the buckets of ``sort(_:count:scratch:buckets:)`` divide.
    @inline(__always) var high: UInt64 { UInt64(truncatingIfNeeded: bits >> 64) }

    @inline(__always)
    static func < (a: RankKey, b: RankKey) -> Bool { a.bits < b.bits }

    /// Up to this many keys are sorted by insertion alone.
    static let few = 16
    /// A bucket holding more keys than this is sorted by its own distribution.
    static let crowded = 32

    /// How many `Int32` counters ``sort(_:count:scratch:buckets:)`` needs for `count` keys.
    static func bucketCapacity(_ count: Int) -> Int { 4 * count + 2 }

    /// Sorts the `count` keys at `base` ascending, strongest first, and
    /// returns where they now are: `base`, or `scratch` when they were
    /// dealt into it (no copy back).
    ///
    /// A distribution sort over the keys' own range, as Spreadsort does
    /// (Ross, "The Spreadsort High-performance General-case Sorting
    /// Algorithm", PDPTA 2002): the span of the keys' high 64 bits is cut
    /// into about twice as many buckets as there are keys, the keys are
    /// counted and dealt into the buckets in order, a crowded bucket is
    /// sorted the same way on its own, and one insertion pass then puts
    /// each key in place within its bucket (McIlroy, Bostic and McIlroy,
    /// "Engineering Radix Sort", Computing Systems 6(1), 1993, finish
    /// small buckets by insertion). Scores spread smoothly in their bits,
    /// so buckets hold a key or two and the pass moves little. Keys never
    /// tie (partners differ), so any correct sort gives this order.
    ///
    /// `scratch` holds `count` keys; `buckets` holds
    /// ``bucketCapacity(_:)`` counters.
    ///
    /// - Complexity: O(*n*) expected for scores spread over their range;
    ///   O(*n* log *n*) when they cluster (each level narrows the range
    ///   by at least half), plus O(*n*) per level for the insertion pass.
    static func sort(
        _ base: UnsafeMutablePointer<RankKey>, count n: Int, scratch: UnsafeMutablePointer<RankKey>,
        buckets counts: UnsafeMutablePointer<Int32>
    ) -> UnsafeMutablePointer<RankKey> {
        guard n > few else {
            insertionSort(base, count: n)
            return base
        }
        var low = UInt64.max, high = UInt64.min
        for i in 0..<n {
            low = Swift.min(low, base[i].high)
            high = Swift.max(high, base[i].high)
        }
        // One score: the order is the partners'. Groups usually come in
        // partner order, which the library's sort passes through in one run.
        guard low < high else {
            var keys = UnsafeMutableBufferPointer(start: base, count: n)
            keys.sort()
            return base
        }
        let range = high - low
        // About 2n buckets: 2^(bits of n, plus one), the range shifted to fit.
        let wanted = Int.bitWidth - (n - 1).leadingZeroBitCount + 1
        let shift = UInt64(Swift.max(0, (UInt64.bitWidth - range.leadingZeroBitCount) - wanted))
        let bucketCount = Int(range >> shift) + 1
        @inline(__always) func bucket(_ key: RankKey) -> Int { Int((key.high &- low) >> shift) }
        counts.update(repeating: 0, count: bucketCount + 1)
        for i in 0..<n { counts[bucket(base[i]) + 1] += 1 }
        var largest: Int32 = 0
        for b in 0..<bucketCount {
            largest = Swift.max(largest, counts[b + 1])
            counts[b + 1] += counts[b]
        }
        // Deal the keys out in order: counts[b] ends as bucket b's end.
        for i in 0..<n {
            let key = base[i], b = bucket(key)
            scratch[Int(counts[b])] = key
            counts[b] += 1
        }
        if Int(largest) > crowded {
            var start = 0
            for b in 0..<bucketCount {
                let end = Int(counts[b]), size = end - start
                if size > crowded {
                    let inner = UnsafeMutablePointer<Int32>.allocate(capacity: bucketCapacity(size))
                    let sorted = sort(scratch + start, count: size, scratch: base + start, buckets: inner)
                    if sorted != scratch + start { (scratch + start).update(from: sorted, count: size) }
                    inner.deallocate()
                }
                start = end
            }
        }
        // Every key is in its bucket and buckets are in order: one pass
        // moves each key back past the larger ones of its own bucket only.
        insertionSort(scratch, count: n)
        return scratch
    }

    @inline(__always)
    static func insertionSort(_ base: UnsafeMutablePointer<RankKey>, count n: Int) {
        guard n > 1 else { return }
        for i in 1..<n {
            let moving = base[i]
            var j = i
            while j > 0 && moving < base[j - 1] {
                base[j] = base[j - 1]
                j -= 1
            }
            base[j] = moving
        }
    }
}
