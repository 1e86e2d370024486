import Foundation
import GRDB
import StanceGraph
import Testing

@testable import GraphStore

/// Graphs for the store tests, and temporary files to hold them.
enum StoreFixtures {
    static let iran = Actor(id: "IRN", name: "Iran", aliases: ["Islamic Republic of Iran", "Tehran"], kind: .state)
    static let iraq = Actor(id: "IRQ", name: "Iraq", kind: .state)
    static let usa = Actor(id: "USA", name: "United States", aliases: ["US", "America"], kind: .state)
    static let chile = Actor(id: "CHL", name: "Chile", kind: .state)
    static let kadhimi = Actor(
        id: "mustafa-al-kadhimi", name: "Mustafa al-Kadhimi", aliases: ["Kadhimi"], kind: .person, state: "IRQ")
    static let iraqMilitary = Actor.sector(.military, of: iraq)

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, document: String, sentence: Int,
        text: String? = nil, modality: Modality = .asserted, intensity: Double? = nil, speaker: ActorID? = nil,
        date: String? = "2020-07-21"
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, mode: kind == .assault ? "drone strike" : nil,
            modality: modality, date: date.flatMap(Day.init), confidence: 0.875, intensity: intensity,
            weight: 1,
            evidence: Evidence(
                document: document, sentenceIndex: sentence, characterRange: (sentence * 100)..<(sentence * 100 + 80),
                sentence: text ?? "Sentence \(sentence) of \(document).", speaker: speaker,
                cue: "cue \(kind.rawValue)"))
    }

    /// Two articles' worth: threats, an appeal and a demand, a negated attack,
    /// a sector, a person with a role, a sentence both articles quote.
    static func articleA() throws -> RelationGraph {
        try RelationGraph(
            actors: [iran, iraq, usa, kadhimi, iraqMilitary],
            roles: [Role(holder: kadhimi.id, office: .primeMinister, organisation: iraq.id, from: Day("2020-05-07"), to: Day("2022-10-27"))],
            relations: [
                relation("IRN", "USA", .threaten, document: "a.txt", sentence: 0),
                relation("USA", "IRN", .request, document: "a.txt", sentence: 1, intensity: -5),
                relation("USA", "IRQ", .request, document: "a.txt", sentence: 2, intensity: 3),
                relation("IRQ.military", "USA", .assault, document: "a.txt", sentence: 3, modality: .negated),
                relation(
                    "mustafa-al-kadhimi", "IRN", .consult, document: "a.txt", sentence: 4,
                    text: "Kadhimi met Iranian leaders in Tehran.", speaker: "IRQ", date: nil),
            ])
    }

    static func articleB() throws -> RelationGraph {
        try RelationGraph(
            actors: [Actor(id: "IRN", name: "Iran", aliases: ["Persia"], kind: .state), usa, chile],
            relations: [
                relation("USA", "CHL", .agree, document: "b.txt", sentence: 0),
                relation("IRN", "USA", .hostility, document: "b.txt", sentence: 1, text: "Kadhimi met Iranian leaders in Tehran."),
            ])
    }

    static func records(_ graph: RelationGraph) -> [DocumentRecord] {
        Set(graph.relations.map(\.evidence.document)).sorted().map {
            DocumentRecord(id: $0, date: Day("2020-07-21"), title: "Title of \($0)", url: "https://example.org/\($0)", contentHash: "hash-\($0)")
        }
    }

    static func temporaryPath(_ name: String = "graph.db") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("geostance-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    static func expectSame(_ a: RelationGraph, _ b: RelationGraph, _ what: String) {
        #expect(a.actors == b.actors, "\(what): actors differ")
        #expect(a.roles == b.roles, "\(what): roles differ")
        #expect(a.relations == b.relations, "\(what): relations differ")
    }

    static func sql<T: DatabaseValueConvertible>(_ path: String, _ query: String) throws -> [T] {
        try DatabaseQueue(path: path).read { db in try T.fetchAll(db, sql: query) }
    }

    static func execute(_ path: String, _ statements: String) throws {
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: statements) }
    }
}

@Suite("The SQLite graph store")
struct GraphStoreTests {
    typealias F = StoreFixtures

    @Test("an empty store gives an empty graph, a dyad and a triad come back whole")
    func ladder() throws {
        let path = try F.temporaryPath()
        let store = try GraphStore(path: path)
        #expect(try store.graph().isEmpty)
        let dyad = try RelationGraph(actors: [F.iran, F.usa], relations: [F.relation("IRN", "USA", .threaten, document: "d", sentence: 0)])
        try store.add(dyad)
        F.expectSame(try store.graph(), dyad, "dyad")
        var both = dyad
        both.merge(try F.articleA())
        try store.add(try F.articleA())
        F.expectSame(try store.graph(), both, "dyad and article A")
    }

    @Test("round trip: actors, aliases, roles and relations with their evidence are equal")
    func roundTrip() throws {
        let graph = try F.articleA()
        let path = try F.temporaryPath()
        let summary = try GraphStore(path: path).add(graph, documents: F.records(graph))
        #expect(summary == MergeSummary(documentsAdded: 1, documentsSkipped: 0, relationsAdded: 5, actorsAdded: 5))
        let reopened = try GraphStore(path: path, mode: .read)
        F.expectSame(try reopened.graph(), graph, "article A")
        #expect(try reopened.documents() == F.records(graph))
    }

    @Test("a load scoped to actors holds every actor and role, and exactly the relations touching them")
    func scopedLoad() throws {
        var graph = try F.articleA()
        graph.merge(try F.articleB())
        let path = try F.temporaryPath()
        let store = try GraphStore(path: path)
        try store.add(graph)
        let cast = try store.graph(touching: [])
        #expect(cast.actors == graph.actors && cast.roles == graph.roles && cast.relations.isEmpty)
        for scope: Set<ActorID> in [["USA"], ["IRQ", "IRQ.military", "mustafa-al-kadhimi"], ["CHL", "IRN"]] {
            let scoped = try store.graph(touching: scope)
            #expect(scoped.actors == graph.actors && scoped.roles == graph.roles)
            #expect(scoped.relations == graph.relations.filter { scope.contains($0.source) || scope.contains($0.target) })
            #expect(!scoped.relations.isEmpty)
            for actor in scope {
                #expect(try scoped.opponents(of: actor) == graph.opponents(of: actor))
            }
            // Rolled up, a state's standing reads the relations of what folds into it: the scope holds them.
            for actor in scope where graph[actor]?.kind == .state {
                #expect(try scoped.rolledUp().supporters(of: actor) == graph.rolledUp().supporters(of: actor))
                #expect(try scoped.rolledUp().opponents(of: actor) == graph.rolledUp().opponents(of: actor))
            }
        }
    }

    @Test("a load scoped to an actor with no relations answers its standings with none (it trapped)")
    func scopedLoadWithoutRelations() throws {
        var graph = try F.articleA()
        graph.add(F.chile)
        let store = try GraphStore(path: try F.temporaryPath())
        try store.add(graph)
        for scope: Set<ActorID> in [[], ["CHL"]] {
            let scoped = try store.graph(touching: scope)
            #expect(scoped.relations.isEmpty && scoped.actors == graph.actors)
            for actor in graph.actors.map(\.id) {
                #expect(try scoped.opponents(of: actor).isEmpty)
                #expect(try scoped.allies(of: actor).isEmpty)
                #expect(try scoped.supporters(of: actor).isEmpty)
            }
        }
    }

    @Test("the tables read as they should in SQL: the relation's own sign, keys, each sentence once")
    func readableTables() throws {
        var graph = try F.articleA()
        graph.merge(try F.articleB())
        let path = try F.temporaryPath()
        try GraphStore(path: path).add(graph)
        let signs: [String] = try F.sql(
            path, "SELECT source || '>' || target || ' ' || kind || ' ' || sign FROM relations_named ORDER BY source, target, kind")
        #expect(signs == [
            "IRN>USA hostility -1", "IRN>USA threaten -1", "IRQ.military>USA assault 0",
            "USA>CHL agree 1", "USA>IRN request -1", "USA>IRQ request 1", "mustafa-al-kadhimi>IRN consult 1",
        ])
        let quoted: [Int] = try F.sql(path, "SELECT count(*) FROM sentences WHERE text = 'Kadhimi met Iranian leaders in Tehran.'")
        #expect(quoted == [1])
        let endpoints: [Int] = try F.sql(
            path, "SELECT count(*) FROM relations r JOIN actors a ON a.id = r.source WHERE typeof(r.source) = 'integer'")
        #expect(endpoints == [7])
        let pragmas: [String] = try F.sql(path, "PRAGMA journal_mode")
        #expect(pragmas == ["wal"])
        #expect(try GraphStore(path: path).version() == GraphStore.schemaVersion)
        let foreignKeys: [Int] = try DatabaseQueue(path: path).read { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            return try Int.fetchAll(db, sql: "SELECT count(*) FROM pragma_foreign_key_check")
        }
        #expect(foreignKeys == [0])
    }

    @Test("adding the same documents again adds nothing; a known content hash under a new id is skipped")
    func idempotent() throws {
        let graph = try F.articleA()
        let path = try F.temporaryPath()
        let store = try GraphStore(path: path)
        try store.add(graph, documents: F.records(graph))
        let before = try store.counts()
        let again = try store.add(graph, documents: F.records(graph))
        #expect(again.documentsAdded == 0 && again.documentsSkipped == 1 && again.relationsAdded == 0)
        #expect(try store.counts() == before)

        // The same text under another file name: its hash is known.
        var renamed = Array(graph.relations)
        for i in renamed.indices { renamed[i].evidence.document = "copy-of-a.txt" }
        let copy = try RelationGraph(actors: graph.actors, roles: graph.roles, relations: renamed)
        let copied = try store.add(copy, documents: [DocumentRecord(id: "copy-of-a.txt", contentHash: "hash-a.txt")])
        #expect(copied.documentsSkipped == 1 && copied.relationsAdded == 0)
        #expect(try store.counts() == before)
    }

    @Test("merging is order-independent in content")
    func orderIndependent() throws {
        let a = try F.articleA(), b = try F.articleB()
        let first = try F.temporaryPath(), second = try F.temporaryPath()
        try GraphStore(path: first).add(a, documents: F.records(a))
        try GraphStore(path: first).add(b, documents: F.records(b))
        try GraphStore(path: second).add(b, documents: F.records(b))
        try GraphStore(path: second).add(a, documents: F.records(a))
        let ab = try GraphStore(path: first).graph(), ba = try GraphStore(path: second).graph()
        // Aliases keep the order they came in; everything else is equal.
        func sortedAliases(_ g: RelationGraph) -> [Actor] {
            g.actors.map { var a = $0; a.aliases.sort(); return a }
        }
        #expect(sortedAliases(ab) == sortedAliases(ba))
        #expect(ab.roles == ba.roles)
        #expect(ab.relations == ba.relations)
        var inMemory = a
        inMemory.merge(b)
        F.expectSame(ab, inMemory, "store against in-memory merge")
        #expect(ab["IRN"]?.aliases == ["Islamic Republic of Iran", "Tehran", "Persia"])
        #expect(ba["IRN"]?.aliases.sorted() == ["Islamic Republic of Iran", "Persia", "Tehran"])
        #expect(try GraphStore(path: first).counts() == GraphStore(path: second).counts())
    }

    @Test("a store of the first schema version is upgraded and keeps its content")
    func migrationFromFirstVersion() throws {
        let path = try F.temporaryPath()
        let old = try GraphStore(path: path, mode: .readWrite, upTo: "v1 tables")
        #expect(try old.version() == 1)
        let graph = try F.articleA()
        try old.add(graph, documents: F.records(graph))
        let views: [String] = try F.sql(path, "SELECT name FROM sqlite_master WHERE type = 'view'")
        #expect(views.isEmpty)

        let upgraded = try GraphStore(path: path, mode: .read)
        #expect(try upgraded.version() == 2)
        F.expectSame(try upgraded.graph(), graph, "after the upgrade")
        let named: [String] = try F.sql(path, "SELECT source FROM relations_named WHERE kind = 'consult'")
        #expect(named == ["mustafa-al-kadhimi"])
    }

    @Test("a store from a newer GeoStance is refused, naming its version")
    func newerVersion() throws {
        let path = try F.temporaryPath()
        try GraphStore(path: path).add(try F.articleA())
        try F.execute(path, "PRAGMA user_version = 7")
        #expect(throws: StoreError(.newerVersion(7, supported: GraphStore.schemaVersion))) {
            try GraphStore(path: path, mode: .read)
        }
        let message = StoreError(.newerVersion(7, supported: 2)).description
        #expect(message.contains("version 7") && message.contains("upgrade GeoStance"))
    }

    @Test("a corrupt file is refused with SQLite's message; a missing one or another program's database too")
    func badFiles() throws {
        let garbage = try F.temporaryPath("garbage.db")
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
        #expect(throws: StoreError(.corrupt("file is not a database"))) { try GraphStore(path: garbage, mode: .read) }

        // A real store with its pages overwritten past the header.
        let damaged = try F.temporaryPath()
        try GraphStore(path: damaged).add(try F.articleA())
        try F.execute(damaged, "PRAGMA wal_checkpoint(TRUNCATE)")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
        for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i * 7) }
        try bytes.write(to: URL(fileURLWithPath: damaged))
        do {
            _ = try GraphStore(path: damaged, mode: .read).graph()
            Issue.record("a damaged store was read")
        } catch {
            guard case .corrupt(let message) = error.problem else {
                Issue.record("expected corrupt, got \(error)")
                return
            }
            #expect(message.contains("malformed") || message.contains("not a database"), "\(message)")
        }

        let missing = try F.temporaryPath("missing.db")
        #expect(throws: StoreError(.missing)) { try GraphStore(path: missing, mode: .read) }
        #expect(!FileManager.default.fileExists(atPath: missing))

        let other = try F.temporaryPath("other.db")
        try F.execute(other, "CREATE TABLE t(x)")
        #expect(throws: StoreError(.notStore)) { try GraphStore(path: other) }
    }

    @Test("a row that makes no graph is named with its table, row and value")
    func invalidRow() throws {
        let path = try F.temporaryPath()
        try GraphStore(path: path).add(try F.articleA())
        try F.execute(path, "UPDATE relations SET kind = 'bogus' WHERE id = 2")
        #expect(throws: StoreError(.invalid("relations row 2: unknown kind 'bogus'"))) { try GraphStore(path: path).graph() }
        try F.execute(path, "UPDATE relations SET kind = 'threaten', date = '2020-13-45' WHERE id = 2")
        #expect(throws: StoreError(.invalid("relations row 2: '2020-13-45' is not a date YYYY-MM-DD"))) {
            try GraphStore(path: path).graph()
        }
    }

    @Test("a reader during a write sees the old graph or the new one, never a mix")
    func readerDuringWrite() async throws {
        let path = try F.temporaryPath()
        let base = try F.articleA()
        try GraphStore(path: path).add(base)
        // A large second batch, so the write takes a while.
        var relations: [Relation] = []
        for i in 0..<40_000 {
            relations.append(F.relation(i % 2 == 0 ? "USA" : "IRN", "CHL", .agree, document: "big-\(i / 100)", sentence: i))
        }
        let big = try RelationGraph(actors: [F.iran, F.usa, F.chile], relations: relations)
        let old = base.relations.count
        var merged = base
        merged.merge(big)
        let new = merged.relations.count
        let writer = Task.detached { try GraphStore(path: path).add(big) }
        var seen = Set<Int>()
        let reader = try GraphStore(path: path, mode: .read)
        for _ in 0..<400 {
            let count = try reader.graph().relations.count
            seen.insert(count)
            if count == new { break }
        }
        _ = try await writer.value
        #expect(seen.isSubset(of: [old, new]), "a reader saw \(seen.sorted()), not \(old) or \(new)")
        #expect(try reader.graph().relations.count == new)
        #expect(seen.contains(old), "the reader never ran before the write committed: the test did not test")
    }
}
