import Testing

@testable import StanceGraph

@Suite("Queries on the seed triad")
struct QueryTests {
    @Test("opponents of Iran include the US, and of the US include Iran (rolled up)")
    func seedOpponents() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        #expect(try graph.opponents(of: "IRN").map(\.actor).contains("USA"))
        #expect(try graph.opponents(of: "USA").map(\.actor).contains("IRN"))
    }

    @Test("Iraq has no state opponent")
    func iraqHasNoOpponent() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        let opponents = try graph.opponents(of: "IRQ")
        let stateOpponents = opponents.filter { graph[$0.actor]?.kind == .state }
        #expect(stateOpponents.isEmpty)
    }

    @Test("standings rank by score and count relations by kind")
    func ranking() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        // A non-aggression pledge and talks are cooperation, not support.
        #expect(try graph.supporters(of: "IRN").isEmpty)
        let cooperators = try graph.cooperators(of: "IRN")
        #expect(cooperators.map(\.actor) == ["IRQ"])
        // Non-aggression (5.0) and one consultation (1.0), confidence 0.9: Kadhimi's
        // and the Iraqi government's consultations from the same sentence fold into one.
        #expect(cooperators[0].countsByKind == [.nonAggression: 1, .consult: 1])
        #expect(abs(cooperators[0].score - (5.0 + 1.0) * 0.9) < 1e-9)
        let allies = try graph.allies(of: "IRQ")
        #expect(allies.map(\.actor) == ["IRN", "USA"])
        let opponents = try graph.opponents(of: "USA")
        #expect(opponents.first?.countsByKind == [.hostility: 1, .threaten: 1])
    }

    @Test("a standing outlives the answer it was read from; answers compare by their standings")
    func standingsCollection() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        var kept: Standing?
        do { kept = try graph.opponents(of: "USA").first }
        let standing = try #require(kept)
        #expect(standing.actor == "IRN" && standing.relationCount == 2)
        #expect(standing.relations.allSatisfy { $0.source == "IRN" && $0.target == "USA" })
        #expect(try graph.opponents(of: "USA") == graph.opponents(of: "USA"))
        #expect(try graph.opponents(of: "USA") != graph.allies(of: "IRQ"))
        #expect(try Set([graph.allies(of: "IRQ"), graph.allies(of: "IRQ")]).count == 1)
        let allies = try graph.allies(of: "IRQ")
        #expect(allies.reversed().map(\.actor) == ["USA", "IRN"])
        // Each standing's relations are its own: together they are every one behind the answer.
        let behind = allies.flatMap(\.relations)
        #expect(behind.count == allies.reduce(0) { $0 + $1.relationCount })
        #expect(Set(behind).count == behind.count)
    }

    @Test("the dyad summary gives net score, kinds, dates and evidence")
    func dyadSummary() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        let dyad = try graph.dyad("IRN", "USA")
        #expect(dyad.netSign == .hostile)
        #expect(dyad.relations.count == 2)
        #expect(dyad.firstDate == Day("2020-07-21"))
        #expect(dyad.relations.allSatisfy { $0.evidence.sentence != nil })
        #expect(graph.relations(from: "USA", to: "IRN").isEmpty)
        #expect(graph.relations(between: "USA", and: "IRN").count == 2)
    }

    @Test("the triad Iraq, Iran, US carries signs +, +, -")
    func triadSigns() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        #expect(try graph.dyad("IRQ", "IRN").netSign == .cooperative)
        #expect(try graph.dyad("IRQ", "USA").netSign == .cooperative)
        #expect(try graph.dyad("IRN", "USA").netSign == .hostile)
    }

    @Test("neighbourhood by depth and shortest paths by sign")
    func neighbourhoodAndPaths() throws {
        let graph = try Fixtures.seedTriad().rolledUp()
        let near = try graph.neighbourhood(of: "pmf", depth: 1)
        #expect(Set(near.actorIDs) == ["pmf", "IRN"])
        let wider = try graph.neighbourhood(of: "pmf", depth: 2)
        #expect(Set(wider.actorIDs) == ["pmf", "IRN", "IRQ", "USA"])
        #expect(try graph.shortestPath(from: "IRQ", to: "pmf") == ["IRQ", "IRN", "pmf"])
        #expect(try graph.shortestPath(from: "pmf", to: "IRQ") == nil)
        #expect(try graph.shortestPath(from: "pmf", to: "IRQ", directed: false) == ["pmf", "IRN", "IRQ"])
        #expect(try graph.shortestPath(from: "USA", to: "IRN") == ["USA", "IRN"])
        #expect(try graph.shortestPath(from: "IRQ", to: "USA", signs: [.hostile]) == nil)
        #expect(try graph.shortestPath(from: "IRQ", to: "IRQ") == ["IRQ"])
        #expect(throws: GraphError.self) { try graph.shortestPath(from: "IRQ", to: "XXX") }
    }

    @Test("partners: every actor joined by a relation either way, most relations first")
    func partners() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.iraq, Fixtures.usa, Fixtures.pmf],
            relations: [
                Fixtures.relation("USA", "IRN", .accuse, sentence: 1), Fixtures.relation("IRN", "USA", .threaten, sentence: 2),
                Fixtures.relation("USA", "IRN", .sanction, sentence: 3), Fixtures.relation("IRQ", "IRN", .consult, sentence: 4),
                Fixtures.relation("IRN", "IRN", .agree, sentence: 5),
            ])
        let partners = try graph.partners(of: "IRN")
        #expect(partners.map(\.actor) == ["USA", "IRQ"])
        #expect(partners.map(\.relations) == [3, 1])
        #expect(try graph.partners(of: "pmf").isEmpty)
        // The same actors as a neighbourhood of depth 1, less the actor itself.
        #expect(Set(partners.map(\.actor)) == Set(try graph.neighbourhood(of: "IRN").actorIDs).subtracting(["IRN"]))
        #expect(throws: GraphError.self) { try graph.partners(of: "XXX") }
    }

    @Test("tallies: the relations among a set per ordered pair, as the relations themselves sum")
    func tallies() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.iraq, Fixtures.usa, Fixtures.pmf],
            relations: [
                Fixtures.relation("USA", "IRN", .accuse, sentence: 1), Fixtures.relation("IRN", "USA", .threaten, sentence: 2),
                Fixtures.relation("USA", "IRN", .sanction, sentence: 3), Fixtures.relation("USA", "IRN", .agree, sentence: 6),
                Fixtures.relation("IRQ", "IRN", .consult, sentence: 4), Fixtures.relation("pmf", "USA", .assault, sentence: 5),
            ])
        let tallies = graph.tallies(among: ["IRN", "USA", "IRQ", "nobody"])
        #expect(tallies.map { "\($0.source)>\($0.target)" } == ["IRN>USA", "IRQ>IRN", "USA>IRN"])
        let usaIran = try #require(tallies.last)
        #expect(usaIran.relations == 3 && usaIran.hostile == 2 && usaIran.cooperative == 1)
        let expected = graph.relations(from: "USA", to: "IRN").reduce(0) { $0 + $1.score }
        #expect(abs(usaIran.score - expected) < 1e-9)
        // The militia is left out, so its assault is not counted.
        #expect(!tallies.contains { $0.source == "pmf" || $0.target == "pmf" })
        #expect(graph.tallies(among: []).isEmpty)
    }
}
