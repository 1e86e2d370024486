import Testing

@testable import StanceGraph

@Suite("Standings sorted strongest first")
struct StrongestFirstTests {
    @Test("the in-place sort gives sort's order, ties on score by partner", arguments: [0, 1, 2, 3, 17, 64, 65, 200, 512, 513, 900])
    func sameAsSort(count: Int) {
        var g = SplitMix64(seed: UInt64(count) + 1)
        // Few distinct scores, so many ties fall back on the partner.
        var groups = (0..<count).map { i in
            RelationGraph.PartnerGroup(
                score: Double(Int.random(in: 0...9, using: &g)) / 4, partner: Int32(i), start: Int32(i), end: Int32(i + 1))
        }
        groups.shuffle(using: &g)
        let expected = groups.sorted(by: RelationGraph.PartnerGroup.precedes)
        RelationGraph.sortStrongestFirst(&groups)
        #expect(groups.map(\.partner) == expected.map(\.partner))
        #expect(groups.map(\.score) == expected.map(\.score))
    }
}
