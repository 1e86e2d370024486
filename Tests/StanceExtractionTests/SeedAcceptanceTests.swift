import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

/// The relations `../shared/acceptance/seed-expected.md` requires of the seed article.
@Suite("The seed article", .enabled(if: TestData.hasShared, "../shared/seeds is not beside this checkout"))
struct SeedAcceptanceTests {
    static func extraction() throws -> (DocumentExtraction, RelationGraph) {
        let url = TestData.shared.appendingPathComponent("seeds/seed-article.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try DocumentReader.plainText(text, id: "seed-article.txt")
        let result = TestData.extractor.extract(from: document)
        return (result, TestData.extractor.graph(from: [result]))
    }

    static func has(_ graph: RelationGraph, _ source: ActorID, _ kind: RelationKind, _ target: ActorID) -> Bool {
        graph.rolledUp().relations.contains { r in
            r.kind == kind && ((r.source == source && r.target == target) || (kind.isSymmetric && r.source == target && r.target == source))
        }
    }

    @Test("the undated article is placed in 2020 by the offices it names")
    func anchor() throws {
        let (result, _) = try Self.extraction()
        let anchor = try #require(result.anchorDate)
        #expect(anchor >= Day("2020-05-07")! && anchor <= Day("2021-08-03")!)
    }

    @Test("must-appear state relations, rolled up", arguments: [
        ("IRQ", RelationKind.nonAggression, "IRN"),
        ("IRN", .hostility, "USA"),
        ("IRN", .threaten, "USA"),
        ("IRQ", .consult, "IRN"),
        ("IRN", .support, "IRQ"),
        ("IRN", .nonInterference, "IRQ"),
        ("IRQ", .alliance, "USA"),
    ] as [(ActorID, RelationKind, ActorID)])
    func mustAppear(_ source: ActorID, _ kind: RelationKind, _ target: ActorID) throws {
        let (_, graph) = try Self.extraction()
        let found = Self.has(graph, source, kind, target)
        #expect(found, "\(source) \(kind) \(target)")
    }

    @Test("offices: Kadhimi, Rouhani, Khamenei and Zarif")
    func offices() throws {
        let (_, graph) = try Self.extraction()
        let offices = Set(graph.relations(ofKind: .office).map { "\($0.source)>\($0.target):\($0.mode ?? "")" })
        #expect(offices.isSuperset(of: [
            "mustafa-al-kadhimi>IRQ:prime-minister", "hassan-rouhani>IRN:president",
            "ali-khamenei>IRN:supreme-leader", "mohammad-javad-zarif>IRN:foreign-minister",
        ]))
    }

    @Test("Khamenei praises the PMF; Iran backs Iraq's militias")
    func militias() throws {
        let (_, graph) = try Self.extraction()
        #expect(graph.relations(from: "ali-khamenei", to: "pmf").contains { $0.kind == .support })
        let backed = graph.relations(from: "IRN").filter { $0.kind == .backing }.map(\.target)
        #expect(backed.contains("pmf") || backed.contains("IRQ.armed-groups"))
    }

    @Test("must-not: no hostility from Iraq to Iran, no meddling by Iran, no Zarif assault, no boilerplate")
    func mustNot() throws {
        let (_, graph) = try Self.extraction()
        let rolled = graph.rolledUp()
        #expect(!rolled.relations(from: "IRQ", to: "IRN").contains { $0.sign == .hostile })
        #expect(!rolled.relations(from: "IRN", to: "IRQ").contains { [.coerce, .assault, .sanction].contains($0.kind) || $0.sign == .hostile })
        #expect(!graph.relations.contains { $0.kind == .assault && ($0.source == "mohammad-javad-zarif" || $0.source == "IRN") })
        let banned: Set<ActorID> = ["ISR", "PSE", "TUR"]
        #expect(!rolled.relations.contains { banned.contains($0.source) || banned.contains($0.target) })
    }

    @Test("every relation's evidence is the sentence that states it")
    func evidence() throws {
        let (_, graph) = try Self.extraction()
        let url = TestData.shared.appendingPathComponent("seeds/seed-article.txt")
        let text = Array(TextNormalizer.normalize(try String(contentsOf: url, encoding: .utf8)).unicodeScalars)
        for relation in graph.relations {
            let range = try #require(relation.evidence.characterRange)
            let sentence = String(String.UnicodeScalarView(text[range]))
            #expect(sentence == relation.evidence.sentence)
            if let cue = relation.evidence.cue { #expect(sentence.contains(cue)) }
        }
    }

    @Test("speakers: Kadhimi for the pledge, Khamenei for the non-interference pledge")
    func speakers() throws {
        let (_, graph) = try Self.extraction()
        let pledges = graph.relations(ofKind: .nonAggression).filter { $0.target == "IRN" }
        #expect(pledges.contains { $0.evidence.speaker == "mustafa-al-kadhimi" })
        let nonInterference = graph.relations(ofKind: .nonInterference).filter { $0.source == "IRN" }
        #expect(nonInterference.contains { $0.evidence.speaker == "ali-khamenei" && $0.evidence.sentence?.contains("meddle") == true })
    }

    @Test("queries: opponents of Iran include the US and back; Iraq has no state opponent; the triad is unbalanced")
    func queries() throws {
        let (_, graph) = try Self.extraction()
        let rolled = graph.rolledUp()
        #expect(try rolled.opponents(of: "IRN").map(\.actor).contains("USA"))
        #expect(try rolled.opponents(of: "USA").map(\.actor).contains("IRN"))
        let stateOpponents = try rolled.opponents(of: "IRQ").filter { rolled[$0.actor]?.kind == .state }
        #expect(stateOpponents.isEmpty)
        #expect(try rolled.dyad("IRQ", "IRN").netSign == .cooperative)
        #expect(try rolled.dyad("IRQ", "USA").netSign == .cooperative)
        #expect(try rolled.dyad("IRN", "USA").netSign == .hostile)
    }
}
