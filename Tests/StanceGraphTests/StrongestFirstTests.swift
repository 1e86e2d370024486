import Testing

@testable import StanceGraph

@Suite("Standings sorted strongest first")
struct StrongestFirstTests {
    /// Sorts `keys` as a standings query does, with its scratch and counters.
    static func ranked(_ keys: [RankKey]) -> [RankKey] {
        var keys = keys
        let n = keys.count
        let scratch = UnsafeMutablePointer<RankKey>.allocate(capacity: max(1, n))
        let buckets = UnsafeMutablePointer<Int32>.allocate(capacity: RankKey.bucketCapacity(n))
        defer {
            scratch.deallocate()
            buckets.deallocate()
        }
        return keys.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return Array(UnsafeBufferPointer(start: RankKey.sort(base, count: n, scratch: scratch, buckets: buckets), count: n))
        }
    }

    /// Keys for `scores`, partner and group in the order given, as a scan makes them.
    static func keys(_ scores: [Double]) -> [RankKey] {
        scores.enumerated().map { RankKey(score: $1, partner: Int32($0), group: $0) }
    }

    @Test("a key gives back its score, partner and group")
    func roundTrip() {
        for score in [0, 0.001, 1, 13.2, 1e300, .greatestFiniteMagnitude, .infinity] {
            let key = RankKey(score: score, partner: 19_999, group: 4_000_000)
            #expect(key.score == score && key.partner == 19_999 && key.group == 4_000_000)
        }
    }

    @Test("strongest first, ties on score by partner", arguments: [0, 1, 2, 3, 16, 17, 33, 64, 65, 200, 512, 513, 900, 5000])
    func sameAsSort(count: Int) {
        var g = SplitMix64(seed: UInt64(count) + 1)
        // Few distinct scores, so many ties fall back on the partner.
        let tied = (0..<count).map { _ in Double(Int.random(in: 0...9, using: &g)) / 4 }
        // Spread scores, as sums of weights are.
        let spread = (0..<count).map { _ in Double(Int.random(in: 1...100_000, using: &g)) / 1000 }
        let allTied = [Double](repeating: 0.5, count: count)
        for scores in [tied, spread, allTied] {
            // Groups out of partner order, as two runs without a partner in common give them.
            let ranked = Self.ranked(Self.keys(scores).shuffled(using: &g)).map { ($0.score, $0.partner) }
            let expected = scores.enumerated().map { ($1, Int32($0)) }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            #expect(ranked.map(\.0) == expected.map(\.0))
            #expect(ranked.map(\.1) == expected.map(\.1))
        }
    }

    @Test("clustered scores: crowded buckets are sorted on their own")
    func clustered() {
        var g = SplitMix64(seed: 7)
        // One outlier stretches the range; the rest crowd into a bucket or two,
        // a few ulps apart, and one score repeats.
        var scores = (0..<3000).map { _ in 1 + Double(Int.random(in: 0...5000, using: &g)) * Double.ulpOfOne }
        scores += [1e9, 0, 1, 1, 1]
        let ranked = Self.ranked(Self.keys(scores)).map(\.partner)
        let expected = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.map { Int32($0) }
        #expect(ranked == expected)
    }
}
