import Foundation
@testable import StanceGraph
import Testing

@testable import GraphIO

/// The every-relation view drawn from the columns writes the text the
/// edge-by-edge writer writes, byte for byte.
@Suite("DOT from the columns")
struct DOTColumnsTests {
    /// Options that change what an edge statement holds.
    static let variants: [DOTOptions] = [
        DOTOptions(view: .everyRelation),
        DOTOptions(view: .everyRelation, labelledEdges: nil),
        DOTOptions(view: .everyRelation, maxEvidenceInTooltip: 1, labelledEdges: 2),
        DOTOptions(view: .everyRelation, edgeLabels: false, maxEvidenceInTooltip: 0),
        DOTOptions(view: .everyRelation, clusterByState: false, legend: false, boldIntensity: 2, labelledEdges: 0, tooltips: false),
        DOTOptions(view: .everyRelation, omitIsolatedActors: true, labelledEdges: 100),
        DOTOptions(view: .everyRelation, includeKinds: [.alliance, .hostility, .support, .threaten]),
    ]

    static func expectSameText(_ graph: RelationGraph, _ context: String) {
        for (n, options) in variants.enumerated() {
            var edgeByEdge = DOTWriter(options: options)
            edgeByEdge.drawsFromColumns = false
            let expected = edgeByEdge.write(graph), actual = DOTWriter.encode(graph, options: options)
            #expect(actual == expected, "\(context), options \(n)")
        }
    }

    @Test("random hostile graphs", arguments: Array(UInt64(1)...UInt64(200)))
    func randomGraphs(seed: UInt64) throws {
        Self.expectSameText(try RoundTripPropertyTests.randomGraph(seed: seed), "seed \(seed)")
    }

    @Test("eight bytes at a time: a word is plain exactly when each of its bytes is")
    func plainWords() {
        var g = SplitMix64(seed: 11)
        // Bytes near every boundary the test draws, and any byte.
        let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xBF, 0xC3, 0xEE, 0xEF, 0xF0, 0xFF]
        for round in 0..<20_000 {
            let bytes = (0..<8).map { _ in
                round % 3 == 0 ? UInt8.random(in: 0...255, using: &g)
                    : Int.random(in: 0..<4, using: &g) == 0 ? edges.randomElement(using: &g)! : UInt8.random(in: 0x20...0x7E, using: &g)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(DOTBuffer.isPlain(word: word) == bytes.allSatisfy(DOTBuffer.isPlain), "\(bytes)")
        }
    }

    @Test("mutual kinds drawn together, long evidence split into pieces, many ties of one pair")
    func crowdedPairs() throws {
        var g = SplitMix64(seed: 7)
        let actors = ["A", "B", "C"].map { Actor(id: ActorID($0), name: "Actor \($0)", kind: .state) }
        let long = String(repeating: "a \"quoted\" & long sentence; ", count: 40)
        let kinds: [RelationKind] = [.alliance, .hostility, .support, .threaten, .request, .consult]
        let relations = (0..<300).map { i in
            Relation(
                source: actors.randomElement(using: &g)!.id, target: actors.randomElement(using: &g)!.id,
                kind: kinds.randomElement(using: &g)!, mode: ["sanctions", "talks\nin Oman", nil].randomElement(using: &g)!,
                modality: [.asserted, .reported, .intended].randomElement(using: &g)!,
                date: Bool.random(using: &g) ? Day(year: 2024, month: 3, day: 1 + i % 28) : nil,
                confidence: 0.5, intensity: Double(Int.random(in: -10...10, using: &g)),
                evidence: Evidence(
                    document: String(repeating: "document name ", count: 150) + "\(i % 4)", sentenceIndex: i,
                    sentence: Bool.random(using: &g) ? long : nil, cue: "says"))
        }
        Self.expectSameText(try RelationGraph(actors: actors, relations: relations), "crowded pairs")
    }
}
