import Testing

@testable import StanceGraph

/// The queries work on the graph's integer form; these tests hold them to
/// the plain definitions written over the relations themselves, on random
/// graphs with self-loops, parallel relations, symmetric kinds and negations.
@Suite("Queries equal their definitions on random graphs")
struct QueryPropertyTests {
    static func randomGraph(seed: UInt64) throws -> RelationGraph {
        var random = SplitMix64(seed: seed)
        let actorCount = 2 + Int(random.next() % 12)
        // Ids out of order, of mixed length, so index order has to follow id order.
        let actors = (0..<actorCount).map { i in
            Actor(id: ActorID("a\((i * 7919) % 1000)"), name: "actor \(i)", kind: .state)
        }
        let kinds = RelationKind.allCases
        let modalities = Modality.allCases
        let relations = (0..<Int(random.next() % 60)).map { i in
            Relation(
                source: actors[Int(random.next() % UInt64(actorCount))].id,
                target: actors[Int(random.next() % UInt64(actorCount))].id,
                kind: kinds[Int(random.next() % UInt64(kinds.count))],
                modality: modalities[Int(random.next() % UInt64(modalities.count))],
                confidence: Double(1 + random.next() % 10) / 10,
                weight: Double(1 + random.next() % 3),
                evidence: Evidence(document: "d\(random.next() % 3)", sentenceIndex: i))
        }
        // Actors added after relations' endpoints exist, one at a time, to move indexes about.
        var graph = try RelationGraph(actors: actors.prefix(actorCount / 2), relations: [])
        for actor in actors.dropFirst(actorCount / 2) { graph.add(actor) }
        try graph.add(relations)
        return graph
    }

    /// Standings by their definition: group the matching relations by partner.
    static func expectedStandings(
        _ graph: RelationGraph, _ actor: ActorID, sign: Sign, kinds: Set<RelationKind>? = nil,
        bothDirections: Bool
    ) -> [(ActorID, [Relation])] {
        var byPartner: [ActorID: [Relation]] = [:]
        for relation in graph.relations where relation.sign == sign && kinds?.contains(relation.kind) != false {
            if relation.target == actor && relation.source != actor {
                byPartner[relation.source, default: []].append(relation)
            } else if relation.source == actor && relation.target != actor
                && (bothDirections || relation.kind.isSymmetric)
            {
                byPartner[relation.target, default: []].append(relation)
            }
        }
        return byPartner.map { ($0.key, $0.value) }
    }

    /// The first shortest path in id order, by its definition: distances to
    /// the target relaxed over the relations until they settle, then from the
    /// source always the smallest next actor one step closer.
    static func referencePath(
        _ graph: RelationGraph, from source: ActorID, to target: ActorID, directed: Bool,
        follows: (Relation) -> Bool = { _ in true }
    ) -> [ActorID]? {
        let followed = graph.relations.filter(follows)
        func steps(from u: ActorID) -> [ActorID] {
            followed.flatMap { r -> [ActorID] in
                var next: [ActorID] = []
                if r.source == u { next.append(r.target) }
                if r.target == u && (!directed || r.kind.isSymmetric) { next.append(r.source) }
                return next
            }
        }
        var distance: [ActorID: Int] = [target: 0]
        var changed = true
        while changed {
            changed = false
            for u in graph.actorIDs {
                for v in steps(from: u) {
                    if let dv = distance[v], distance[u].map({ dv + 1 < $0 }) ?? true {
                        distance[u] = dv + 1
                        changed = true
                    }
                }
            }
        }
        guard distance[source] != nil else { return nil }
        var path = [source]
        while let u = path.last, u != target {
            path.append(steps(from: u).filter { distance[$0] == distance[u]! - 1 }.min()!)
        }
        return path
    }

    @Test("opponents, supporters, cooperators and allies group the right relations, strongest first", arguments: 0..<60)
    func standings(seed: UInt64) throws {
        let graph = try Self.randomGraph(seed: seed)
        graph.checkInvariants()
        for actor in graph.actorIDs {
            for (sign, kinds, both, found) in [
                (Sign.hostile, nil, false, try graph.opponents(of: actor)),
                (Sign.cooperative, RelationKind.supporting, false, try graph.supporters(of: actor)),
                (Sign.cooperative, RelationKind.cooperating, false, try graph.cooperators(of: actor)),
                (Sign.cooperative, nil, true, try graph.allies(of: actor)),
            ] {
                let expected = Self.expectedStandings(graph, actor, sign: sign, kinds: kinds, bothDirections: both)
                #expect(found.count == expected.count)
                for (partner, relations) in expected {
                    let standing = try #require(found.first { $0.actor == partner })
                    #expect(standing.relations == relations)
                    #expect(abs(standing.score - relations.reduce(0) { $0 + abs($1.score) }) < 1e-9)
                    #expect(standing.relationCount == relations.count)
                }
                for (a, b) in zip(found, found.dropFirst()) {
                    #expect(a.score > b.score || (a.score == b.score && a.actor < b.actor))
                }
            }
        }
    }

    @Test("shortest paths are walkable, as short as the hop counts, and the same on every call", arguments: 0..<60)
    func paths(seed: UInt64) throws {
        let graph = try Self.randomGraph(seed: seed)
        let pairs = graph.actorIDs.flatMap { s in graph.actorIDs.map { (s, $0) } }
        for directed in [true, false] {
            let hops = try graph.hopCounts(for: pairs, directed: directed)
            for ((s, t), count) in zip(pairs, hops) {
                let path = try graph.shortestPath(from: s, to: t, directed: directed)
                #expect(path.map { $0.count - 1 } == count, "\(s) -> \(t)")
                #expect(path == Self.referencePath(graph, from: s, to: t, directed: directed), "\(s) -> \(t)")
                guard let path else { continue }
                #expect(path.first == s && path.last == t)
                for (u, v) in zip(path, path.dropFirst()) {
                    let step = graph.relations.contains { r in
                        (r.source == u && r.target == v)
                            || (r.source == v && r.target == u && (!directed || r.kind.isSymmetric))
                    }
                    #expect(step, "\(u) -> \(v) is not a relation")
                }
            }
        }
        // Only hostile relations: every step must be one.
        for (s, t) in pairs {
            let hostile = try graph.shortestPath(from: s, to: t, signs: [.hostile])
            #expect(hostile == Self.referencePath(graph, from: s, to: t, directed: true) { $0.sign == .hostile })
            let consultations = try graph.shortestPath(from: s, to: t, kinds: [.consult, .alliance], directed: false)
            #expect(consultations == Self.referencePath(graph, from: s, to: t, directed: false) { [.consult, .alliance].contains($0.kind) })
            guard let path = hostile else { continue }
            for (u, v) in zip(path, path.dropFirst()) {
                #expect(graph.relations.contains { r in
                    r.sign == .hostile && ((r.source == u && r.target == v) || (r.source == v && r.target == u && r.kind.isSymmetric))
                })
            }
        }
    }

    @Test("on sparse graphs with long paths, the path found is the first in id order", arguments: 0..<12)
    func longPaths(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &+ 1_000)
        let actors = (0..<60).map { Actor(id: ActorID("p\(($0 * 37) % 100)"), name: "actor \($0)", kind: .state) }
        let relations = (0..<90).map { i in
            Relation(
                source: actors[Int(random.next() % 60)].id, target: actors[Int(random.next() % 60)].id,
                kind: i % 5 == 0 ? .alliance : .consult, evidence: Evidence(document: "d", sentenceIndex: i))
        }
        let graph = try RelationGraph(actors: actors, relations: relations)
        var longest = 0
        for _ in 0..<40 {
            let s = actors[Int(random.next() % 60)].id, t = actors[Int(random.next() % 60)].id
            for directed in [true, false] {
                let path = try graph.shortestPath(from: s, to: t, directed: directed)
                #expect(path == Self.referencePath(graph, from: s, to: t, directed: directed), "\(s) -> \(t)")
                longest = max(longest, (path?.count ?? 1) - 1)
            }
        }
        // The searches from both ends meet in the middle only on paths this long.
        #expect(longest >= 4)
    }

    @Test("neighbourhoods hold exactly the actors within reach", arguments: 0..<30)
    func neighbourhoods(seed: UInt64) throws {
        let graph = try Self.randomGraph(seed: seed)
        for actor in graph.actorIDs {
            for depth in 0...2 {
                var reached: Set<ActorID> = [actor]
                for _ in 0..<depth {
                    let level = reached
                    for r in graph.relations where level.contains(r.source) || level.contains(r.target) {
                        reached.formUnion([r.source, r.target])
                    }
                }
                let neighbourhood = try graph.neighbourhood(of: actor, depth: depth)
                neighbourhood.checkInvariants()
                #expect(Set(neighbourhood.actorIDs) == reached)
                #expect(neighbourhood.relations == graph.relations.filter { reached.contains($0.source) && reached.contains($0.target) })
            }
        }
    }
}
