import Testing

@testable import StanceGraph

@Suite("Rolling persons and sectors up into states")
struct RollUpTests {
    @Test("a person folds into the state of the office held on the relation's date")
    func datedRoles() throws {
        let rouhani = Actor(id: "hassan-rouhani", name: "Hassan Rouhani", kind: .person, state: "IRN")
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.iraq, rouhani],
            roles: [
                Role(
                    holder: rouhani.id, office: .president, organisation: "IRN",
                    from: Fixtures.day("2013-08-03"), to: Fixtures.day("2021-08-03"))
            ],
            relations: [
                Fixtures.relation(rouhani.id, "IRQ", .support, sentence: 0, date: "2020-07-21"),
                Fixtures.relation(rouhani.id, "IRQ", .accuse, sentence: 1, date: "2022-01-10"),
            ])
        let rolled = graph.rolledUp()
        #expect(rolled.relations(from: "IRN").map(\.kind) == [.support])
        #expect(rolled.relations(from: rouhani.id).map(\.kind) == [.accuse])
        #expect(graph.holders(of: .president, in: "IRN", on: Fixtures.day("2020-07-21")) == [rouhani.id])
        #expect(graph.holders(of: .president, in: "IRN", on: Fixtures.day("2022-01-10")).isEmpty)
    }

    @Test("sectors fold into their state; armed groups and parties stay")
    func sectorsAndGroups() throws {
        let rolled = try Fixtures.seedTriad().rolledUp()
        #expect(rolled["IRQ.government"] == nil)
        #expect(rolled["pmf"] != nil)
        #expect(rolled.relations(to: "pmf").map(\.source) == ["IRN", "IRN"])
        rolled.checkInvariants()
    }

    @Test("rebels and militias do not fold into the state they fight or live in")
    func rebelsStay() throws {
        let syria = Actor(id: "SYR", name: "Syria", kind: .state)
        let rebels = Actor.sector(.rebels, of: syria)
        let army = Actor.sector(.military, of: syria)
        let graph = try RelationGraph(
            actors: [syria, rebels, army],
            relations: [Fixtures.relation(army.id, rebels.id, .assault, sentence: 0)])
        let rolled = graph.rolledUp()
        #expect(rolled.relations.map(\.source) == ["SYR"])
        #expect(rolled.relations.map(\.target) == ["SYR.rebels"])
    }

    @Test("self-loops created by folding are dropped")
    func selfLoops() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iraq, Fixtures.kadhimi],
            roles: [
                Role(
                    holder: Fixtures.kadhimi.id, office: .primeMinister, organisation: "IRQ",
                    from: Fixtures.day("2020-05-07"), to: Fixtures.day("2022-10-27"))
            ],
            relations: [Fixtures.relation(Fixtures.kadhimi.id, "IRQ", .office, sentence: 0)])
        #expect(graph.rolledUp().relations.isEmpty)
    }

    @Test("an undated relation folds when all the person's roles are in one state")
    func undated() throws {
        let graph = try Fixtures.seedTriad()
        #expect(graph.actingBody(of: Fixtures.kadhimi.id, on: nil) == "IRQ")
        #expect(graph.actingBody(of: Fixtures.kadhimi.id, on: Fixtures.day("2019-01-01")) == Fixtures.kadhimi.id)
        #expect(graph.actingBody(of: "IRQ.government", on: nil) == "IRQ")
    }
}

@Suite("Rolling up persons whose role is in a sector")
struct SectorRoleRollUpTests {
    @Test("a member of a sector that acts for its state folds into the state; of rebels, into the rebels")
    func sectorRoles() throws {
        let syria = Actor(id: "SYR", name: "Syria", kind: .state)
        let government = Actor.sector(.government, of: syria)
        let rebels = Actor.sector(.rebels, of: syria)
        let minister = Actor(id: "walid-muallem", name: "Walid Muallem", kind: .person, state: "SYR")
        let commander = Actor(id: "rebel-commander", name: "A Commander", kind: .person, state: "SYR")
        let graph = try RelationGraph(
            actors: [syria, government, rebels, minister, commander, Fixtures.iraq],
            roles: [
                Role(holder: minister.id, office: .member, organisation: government.id,
                    from: Fixtures.day("2018-01-01"), to: Fixtures.day("2018-12-31")),
                Role(holder: commander.id, office: .member, organisation: rebels.id, from: nil, to: nil),
            ],
            relations: [
                Fixtures.relation(minister.id, "IRQ", .consult, sentence: 0, date: "2018-05-01"),
                Fixtures.relation(minister.id, "IRQ", .accuse, sentence: 1, date: "2019-05-01"),
                Fixtures.relation(commander.id, "IRQ", .accuse, sentence: 2, date: "2018-05-01"),
            ])
        let rolled = graph.rolledUp()
        #expect(rolled.relations.map { "\($0.source) \($0.kind.rawValue)" }.sorted() == [
            "SYR consult", "SYR.rebels accuse", "walid-muallem accuse",
        ])
        #expect(graph.actingBody(of: minister.id, on: nil) == "SYR")
        #expect(Office.member.title == "member")
    }
}
