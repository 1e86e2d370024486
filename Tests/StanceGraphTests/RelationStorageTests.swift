import Testing

@testable import StanceGraph

@Suite("Relation graph: relations read back exactly as given")
struct RelationStorageTests {
    /// Relations with every field set, some beyond 32 bits and some sharing texts.
    static func varied() -> [Relation] {
        let big = Int(Int32.max) + 12
        return [
            Relation(
                source: "IRN", target: "USA", kind: .request, mode: "appeal", modality: .reported,
                date: Day("1999-12-31"), confidence: 0.25, intensity: -5, weight: 3,
                evidence: Evidence(
                    document: "wire", sentenceIndex: big, characterRange: (big * 2)..<(big * 2 + 9),
                    sentence: "Iran demanded that the US leave.", speaker: "ali-khamenei", cue: "demanded")),
            Relation(
                source: "USA", target: "IRN", kind: .threaten, modality: .intended,
                evidence: Evidence(document: "wire", sentenceIndex: -3, characterRange: -20..<(-4), cue: "wire")),
            Relation(
                source: "IRN", target: "IRN", kind: .office, mode: "wire", modality: .plannedThenCancelled,
                date: Day("0001-01-01"), evidence: Evidence(document: "Iran demanded that the US leave.")),
            Relation(source: "USA", target: "IRN", kind: .hostility, evidence: Evidence(document: "")),
        ]
    }

    @Test("every field, wide positions and shared texts included, comes back as given")
    func exactFields() throws {
        let actors = [Actor(id: "IRN", name: "Iran", kind: .state), Actor(id: "USA", name: "United States", kind: .state)]
        let given = Self.varied()
        let graph = try RelationGraph(actors: actors, relations: given)
        graph.checkInvariants()
        #expect(graph.relations.count == given.count)
        #expect(Set(graph.relations) == Set(given))
        #expect(Array(graph.relations) == given.sorted(by: RelationGraph.canonicallyPrecedes))
        // The same relation added again, with its texts as new strings, is a duplicate.
        var again = graph
        try again.add(given.map { var copy = $0; copy.mode = copy.mode.map { String($0) }; return copy })
        #expect(again.relations == graph.relations)
    }

    @Test("the relations view indexes, iterates, filters and compares as an array does")
    func collectionView() throws {
        let actors = [Actor(id: "IRN", name: "Iran", kind: .state), Actor(id: "USA", name: "United States", kind: .state)]
        let graph = try RelationGraph(actors: actors, relations: Self.varied())
        let array = Array(graph.relations)
        #expect(graph.relations.count == array.count)
        for (i, relation) in graph.relations.enumerated() { #expect(graph.relations[i] == relation) }
        #expect(graph.relations.filter { $0.sign == .hostile } == array.filter { $0.sign == .hostile })
        #expect(graph.relations == array)
        #expect(array == graph.relations)
        #expect(graph.relations.map(\.sign) == array.map(\.sign))
    }

    @Test("merging and adding actors keep every relation and its endpoints")
    func mergeRenumbers() throws {
        let actors = [Actor(id: "IRN", name: "Iran", kind: .state), Actor(id: "USA", name: "United States", kind: .state)]
        let graph = try RelationGraph(actors: actors, relations: Self.varied())
        var merged = try RelationGraph(actors: [Actor(id: "AAA", name: "First", kind: .state)])
        merged.merge(graph)
        merged.checkInvariants()
        #expect(merged.relations == graph.relations)
        merged.add([Actor(id: "HHH", name: "Between", kind: .state), Actor(id: "ZZZ", name: "Last", kind: .state)])
        merged.checkInvariants()
        #expect(merged.relations == graph.relations)
        merged.merge(graph)
        #expect(merged.relations == graph.relations)
        #expect(try merged.opponents(of: "USA").map(\.actor) == graph.opponents(of: "USA").map(\.actor))
    }

    @Test("an actor's relation count is its relations from and to it, self-loops twice, and 0 for a stranger")
    func relationCount() throws {
        let actors = [Actor(id: "IRN", name: "Iran", kind: .state), Actor(id: "USA", name: "United States", kind: .state)]
        let graph = try RelationGraph(actors: actors, relations: Self.varied())
        for id in graph.actorIDs {
            #expect(graph.relationCount(of: id) == graph.relations(from: id).count + graph.relations(to: id).count)
        }
        #expect(graph.relationCount(of: "IRN") == 5)
        #expect(graph.relationCount(of: "XXX") == 0)
    }
}
