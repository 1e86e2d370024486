import Foundation
import StanceGraph
import Testing

/// Small graphs for the exporter tests.
enum ExportFixtures {
    static func day(_ text: String) -> Day { Day(text)! }

    /// Iraq, Iran and the United States with a leader, a sector and a militia:
    /// every styling case at least once.
    static func triad() throws -> RelationGraph {
        let iran = Actor(id: "IRN", name: "Iran", aliases: ["Islamic Republic of Iran"], kind: .state)
        let iraq = Actor(id: "IRQ", name: "Iraq", kind: .state)
        let usa = Actor(id: "USA", name: "United States", aliases: ["US"], kind: .state)
        let khamenei = Actor(id: "ali-khamenei", name: "Ali Khamenei", kind: .person, state: "IRN")
        let pmf = Actor(id: "pmf", name: "Popular Mobilisation Forces", kind: .armedGroup, state: "IRQ")
        let nato = Actor(id: "nato", name: "NATO", kind: .igo)
        return try RelationGraph(
            actors: [iran, iraq, usa, khamenei, pmf, nato, Actor.sector(.government, of: iraq)],
            roles: [
                Role(holder: khamenei.id, office: .supremeLeader, organisation: "IRN", from: day("1989-06-04"), to: nil)
            ],
            relations: [
                Relation(
                    source: "IRN", target: "USA", kind: .hostility, date: day("2020-07-21"), confidence: 0.9,
                    evidence: Evidence(
                        document: "seed.txt", sentenceIndex: 2, characterRange: 200..<280,
                        sentence: "Iran and the \"Great Satan\" remain arch-enemies & rivals.")),
                Relation(
                    source: khamenei.id, target: "USA", kind: .threaten, mode: "retaliation", modality: .intended,
                    date: day("2020-07-21"), confidence: 0.85, intensity: -6.25,
                    evidence: Evidence(
                        document: "seed.txt", sentenceIndex: 15, characterRange: 1500..<1580,
                        sentence: "Khamenei vowed to \"strike a blow\" at the US.", speaker: khamenei.id,
                        cue: "strike a blow")),
                Relation(
                    source: "IRQ.government", target: "IRN", kind: .nonAggression, date: day("2020-07-21"),
                    evidence: Evidence(document: "seed.txt", sentenceIndex: 1, sentence: "Iraq will not be a launchpad.")),
                Relation(
                    source: "IRQ", target: "USA", kind: .alliance,
                    evidence: Evidence(document: "seed.txt", sentenceIndex: 9, sentence: "Iraq and the US are allies.")),
                Relation(
                    source: "USA", target: "pmf", kind: .assault, mode: "drone strike", modality: .reported,
                    date: day("2020-01-03"), confidence: 0.7,
                    evidence: Evidence(document: "wire.txt", sentenceIndex: 4, sentence: "A US drone struck the PMF convoy, officials said.")),
                Relation(
                    source: "IRN", target: "pmf", kind: .backing,
                    evidence: Evidence(document: "seed.txt", sentenceIndex: 10)),
                Relation(
                    source: "nato", target: "IRQ", kind: .request, modality: .negated,
                    evidence: Evidence(document: "wire.txt", sentenceIndex: 7, sentence: "NATO did not ask Iraq for bases.")),
            ])
    }
}

/// Compares `text` with a golden file; set GEOSTANCE_UPDATE_GOLDEN=1 to rewrite it.
func expectGolden(_ text: String, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let source = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["GEOSTANCE_UPDATE_GOLDEN"] != nil {
        try Data(text.utf8).write(to: source)
        return
    }
    let url = try #require(
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
        "missing golden file \(name); run with GEOSTANCE_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "differs from Golden/\(name)", sourceLocation: sourceLocation)
}
