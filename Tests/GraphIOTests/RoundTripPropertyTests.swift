import Foundation
import GraphStore
@testable import StanceGraph
import Testing

@testable import GraphIO

/// Random graphs, hostile names included, survive every format we read back, exactly.
@Suite("Round trips of random graphs")
struct RoundTripPropertyTests {
    typealias Generator = SplitMix64

    static let pieces = [
        "Iran", "\"quoted\"", "back\\slash", "a & b", "<script>alert(1)</script>", "</", "graph", "1st",
        "😀", "שלום", "مرحبا", "new\nline", "tab\there", "Élysée", "ünïcödé", "'", ";", "{}", "-->", "]]>",
    ]

    static func text(_ g: inout Generator) -> String {
        (0..<Int.random(in: 1...3, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined(separator: " ")
    }

    static func randomGraph(seed: UInt64) throws -> RelationGraph {
        var g = Generator(seed: seed)
        let states = (0..<Int.random(in: 1...8, using: &g)).map { i in
            Actor(id: ActorID("S\(i)\(Character(UnicodeScalar(65 + i)!))"), name: text(&g), aliases: [text(&g)], kind: .state)
        }
        var actors = states
        for i in 0..<Int.random(in: 0...6, using: &g) {
            let kind = [ActorKind.person, .party, .armedGroup, .organisation, .igo].randomElement(using: &g)!
            actors.append(Actor(
                id: ActorID("actor-\(i)"), name: text(&g), aliases: [], kind: kind,
                state: Bool.random(using: &g) ? states.randomElement(using: &g)!.id : nil))
        }
        actors.append(Actor.sector(Sector.allCases.randomElement(using: &g)!, of: states[0]))
        let people = actors.filter { $0.kind == .person }
        let roles = people.map { person in
            Role(holder: person.id, office: Office.allCases.randomElement(using: &g)!, organisation: states.randomElement(using: &g)!.id,
                 from: Day(year: 2000 + Int.random(in: 0...10, using: &g), month: 1, day: 1), to: Bool.random(using: &g) ? nil : Day("2022-12-31"))
        }
        let relations = (0..<Int.random(in: 0...25, using: &g)).map { i in
            Relation(
                source: actors.randomElement(using: &g)!.id, target: actors.randomElement(using: &g)!.id,
                kind: RelationKind.allCases.randomElement(using: &g)!,
                mode: Bool.random(using: &g) ? text(&g) : nil, modality: Modality.allCases.randomElement(using: &g)!,
                date: Bool.random(using: &g) ? Day(year: 2020, month: Int.random(in: 1...12, using: &g), day: Int.random(in: 1...28, using: &g)) : nil,
                confidence: Double(Int.random(in: 0...100, using: &g)) / 100, intensity: Double(Int.random(in: -100...100, using: &g)) / 10,
                weight: Double(Int.random(in: 1...50, using: &g)),
                evidence: Evidence(
                    document: "doc \(text(&g))", sentenceIndex: Bool.random(using: &g) ? i : nil,
                    characterRange: Bool.random(using: &g) ? (i * 10)..<(i * 10 + 9) : nil,
                    sentence: Bool.random(using: &g) ? text(&g) : nil,
                    speaker: Bool.random(using: &g) ? actors.randomElement(using: &g)!.id : nil,
                    cue: Bool.random(using: &g) ? text(&g) : nil))
        }
        return try RelationGraph(actors: actors, roles: roles, relations: relations)
    }

    static func expectSame(_ a: RelationGraph, _ b: RelationGraph, _ format: String, seed: UInt64) {
        #expect(a.actors == b.actors, "\(format), seed \(seed): actors differ")
        #expect(a.roles == b.roles, "\(format), seed \(seed): roles differ")
        #expect(a.relations == b.relations, "\(format), seed \(seed): relations differ")
    }

    @Test("snapshot, node-link JSON, GraphML and the SQLite store give back the same graph", arguments: Array(UInt64(1)...UInt64(200)))
    func roundTrip(seed: UInt64) throws {
        let graph = try Self.randomGraph(seed: seed)
        Self.expectSame(graph, try Snapshot.decode(try Snapshot.encode(graph), source: "s.json"), "snapshot", seed: seed)
        Self.expectSame(graph, try NodeLinkJSON.decode(try NodeLinkJSON.encode(graph), source: "g.json"), "node-link JSON", seed: seed)
        Self.expectSame(graph, try GraphML.decode(GraphML.encode(graph), source: "g.graphml"), "GraphML", seed: seed)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("geostance-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("graph.db").path
        try GraphStore(path: path).add(graph)
        Self.expectSame(graph, try GraphStore(path: path, mode: .read).graph(), "store", seed: seed)
    }
}
