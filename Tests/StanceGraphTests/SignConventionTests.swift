import Foundation
import Testing

@testable import StanceGraph

/// One sign convention: a relation's sign agrees with the quad class it
/// reports, and a request is an appeal or a demand by its intensity.
@Suite("Signs agree with quad classes")
struct SignConventionTests {
    static func relation(_ kind: RelationKind, intensity: Double? = nil, modality: Modality = .asserted) -> Relation {
        Relation(
            source: "BRA", target: "ARG", kind: kind, modality: modality, intensity: intensity,
            evidence: Evidence(document: "d", sentenceIndex: 0))
    }

    @Test("every event kind's asserted sign is + for quads 1 and 2 and - for quads 3 and 4", arguments: RelationKind.allCases.filter(\.isEvent))
    func signFollowsQuad(kind: RelationKind) throws {
        for intensity in [nil, RelationKind.appealIntensity, RelationKind.demandIntensity] {
            let r = Self.relation(kind, intensity: intensity)
            let quad = try #require(r.quadClass)
            #expect(r.sign == (quad <= 2 ? Sign.cooperative : .hostile), "\(kind) with intensity \(String(describing: intensity))")
        }
    }

    @Test("a request is an appeal (quad 1, +) unless made as a demand (quad 3, -)")
    func appealAndDemand() {
        let appeal = Self.relation(.request)
        #expect(appeal.quadClass == 1 && appeal.sign == .cooperative && appeal.score > 0)
        let demand = Self.relation(.request, intensity: RelationKind.demandIntensity)
        #expect(demand.quadClass == 3 && demand.sign == .hostile && demand.score < 0)
        #expect(appeal.cameoRoot == "02" && demand.cameoRoot == "10")
        #expect(Self.relation(.threaten).cameoRoot == RelationKind.threaten.cameoRoot)
        // Not made: no sign, whatever the kind.
        #expect(Self.relation(.request, intensity: -5, modality: .negated).sign == .neutral)
        #expect(Self.relation(.assault, modality: .plannedThenCancelled).sign == .neutral)
    }

    @Test("a demand counts against its target in opponents; an appeal among cooperators")
    func queriesFollowTheSign() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.usa],
            relations: [
                Relation(source: "IRN", target: "USA", kind: .request, intensity: RelationKind.demandIntensity, evidence: Evidence(document: "d", sentenceIndex: 0))
            ])
        #expect(try graph.opponents(of: "USA").map(\.actor) == ["IRN"])
        #expect(try graph.supporters(of: "USA").isEmpty)
        #expect(try graph.cooperators(of: "USA").isEmpty)
        let appeal = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.usa],
            relations: [
                Relation(source: "IRN", target: "USA", kind: .request, intensity: RelationKind.appealIntensity, evidence: Evidence(document: "d", sentenceIndex: 0))
            ])
        #expect(try appeal.cooperators(of: "USA").map(\.actor) == ["IRN"])
        #expect(try appeal.supporters(of: "USA").isEmpty)
        #expect(try appeal.opponents(of: "USA").isEmpty)
    }

    @Test("a sign is written as the integer -1, 0 or 1, and a tie's JSON keeps it")
    func signEncodesAsInteger() throws {
        let encoded = try JSONEncoder().encode([Sign.hostile, .neutral, .cooperative])
        #expect(String(decoding: encoded, as: UTF8.self) == "[-1,0,1]")
        #expect(try JSONDecoder().decode([Sign].self, from: Data("[1,-1]".utf8)) == [.cooperative, .hostile])
        let tie = SignedTie(first: "A", second: "B", weight: -2, sign: .hostile, relationCount: 1)
        #expect(String(decoding: try JSONEncoder().encode(tie), as: UTF8.self).contains("\"sign\":-1"))
        #expect(Sign.hostile * .hostile == .cooperative && Sign.cooperative * .neutral == .neutral)
        #expect(Sign.hostile < .neutral && Sign.neutral < .cooperative)
    }
}
