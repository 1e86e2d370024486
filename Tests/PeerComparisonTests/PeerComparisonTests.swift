import Foundation
import GraphIO
import StanceGraph
import Testing

/// Our answers on the peer's generated graph must equal networkx's exactly.
@Suite(
    "Peer comparison with networkx (2,000 actors, 200,000 relations)",
    .enabled(if: Peer.isAvailable, "needs python3 with networkx and numpy, and ../shared/peer/peer_graph.py"),
    .serialized)
struct PeerComparisonTests {
    /// Generated once per test run: the peer takes some seconds.
    struct Fixture: Sendable {
        var graph: RelationGraph
        var outdir: URL
        var answers: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(contentsOf: outdir.appendingPathComponent("answers.json")))) as? [String: Any] ?? [:] }

        func table(_ name: String) throws -> [[Substring]] {
            let text = try String(contentsOf: outdir.appendingPathComponent(name), encoding: .utf8)
            return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
    }

    static let fixture: Result<Fixture, any Error> = Result {
        let outdir = FileManager.default.temporaryDirectory
            .appendingPathComponent("geostance-peer-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: outdir, withIntermediateDirectories: true)
        try Peer.generate(nodes: 2000, edges: 200_000, queries: 1000, outdir: outdir)
        let graph = try EdgeListTSV.decode(
            Data(contentsOf: outdir.appendingPathComponent("edges.tsv")), source: "edges.tsv",
            nodes: Data(contentsOf: outdir.appendingPathComponent("nodes.tsv")))
        return Fixture(graph: graph, outdir: outdir)
    }

    func summary(_ fixture: Fixture, _ key: String) throws -> (count: Int, largest: Int) {
        let entry = try #require(fixture.answers[key] as? [String: Int])
        return (try #require(entry["count"]), try #require(entry["largest"]))
    }

    @Test("the TSV reader keeps every row")
    func relationCount() throws {
        let fixture = try Self.fixture.get()
        #expect(fixture.graph.relations.count == 200_000)
        #expect(fixture.graph.actorIDs.count == 2000)
    }

    @Test("triad census of the signed projection equals networkx's")
    func triads() throws {
        let fixture = try Self.fixture.get()
        let projection = fixture.graph.signedProjection(weighting: .weight)
        let census = projection.triadCensus()
        let peer = try #require(fixture.answers["triads"] as? [String: Int])
        #expect(projection.tieCount == fixture.answers["projection_pairs"] as? Int)
        #expect(census.allPositive == peer["+++"])
        #expect(census.oneNegative == peer["++-"])
        #expect(census.twoNegative == peer["+--"])
        #expect(census.allNegative == peer["---"])
        #expect(census.withZero == peer["with_zero"])
        #expect(census.balanced == peer["balanced"])
        #expect(census.unbalanced == peer["unbalanced"])
        #expect(census.triangles == peer["triangles"])
        #expect(census.triangles > 0)
    }

    @Test("weak, strong and projection components equal networkx's")
    func components() throws {
        let fixture = try Self.fixture.get()
        let weak = fixture.graph.weaklyConnectedComponents()
        let strong = fixture.graph.stronglyConnectedComponents()
        let projected = fixture.graph.signedProjection(weighting: .weight).connectedComponents()
        for (key, ours) in [("wcc", weak), ("scc", strong), ("cc_projection", projected)] {
            let peer = try summary(fixture, key)
            #expect(ours.count == peer.count, "\(key) count")
            #expect(ours.map(\.count).max() == peer.largest, "\(key) largest")
        }
    }

    @Test("who opposes X: counts, summed weight and top three equal networkx's for 1,000 actors")
    func opposers() throws {
        let fixture = try Self.fixture.get()
        let rows = try fixture.table("answers_opposers.tsv").dropFirst()
        #expect(rows.count == 1000)
        for row in rows {
            let opponents = try fixture.graph.opponents(of: ActorID(String(row[0])))
            // Weights have three decimals: sum them as integer thousandths.
            let perOpponent = opponents.map { standing in
                (standing.actor, standing.relations.reduce(0) { $0 + Int(($1.weight * 1000).rounded()) })
            }
            let top3 = perOpponent.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3)
            let total = perOpponent.reduce(0) { $0 + $1.1 }
            #expect(String(opponents.count) == row[1], "\(row[0]) opposers")
            #expect(String(opponents.reduce(0) { $0 + $1.relations.count }) == row[2], "\(row[0]) edges")
            #expect(total == Self.thousandths(row[3]), "\(row[0]) weight")
            #expect(top3.map(\.0.rawValue).joined(separator: ",") == row[4], "\(row[0]) top 3")
        }
    }

    @Test("directed and undirected hop counts equal networkx's for 1,000 pairs")
    func paths() throws {
        let fixture = try Self.fixture.get()
        let rows = try fixture.table("answers_paths.tsv").dropFirst()
        let pairs = rows.map { (ActorID(String($0[0])), ActorID(String($0[1]))) }
        let directed = try fixture.graph.hopCounts(for: pairs)
        let undirected = try fixture.graph.hopCounts(for: pairs, directed: false)
        #expect(rows.count == 1000)
        for (i, row) in rows.enumerated() {
            #expect(String(directed[i] ?? -1) == row[2], "\(row[0]) -> \(row[1])")
            #expect(String(undirected[i] ?? -1) == row[3], "\(row[0]) -- \(row[1])")
        }
        // The single-pair search agrees on a sample.
        for (i, (s, t)) in pairs.prefix(5).enumerated() {
            let path = try fixture.graph.shortestPath(from: s, to: t)
            #expect((path.map { $0.count - 1 } ?? -1) == directed[i] ?? -1)
        }
    }
}

extension PeerComparisonTests {
    /// "12.345" as 12345.
    static func thousandths(_ text: Substring) -> Int? {
        let parts = text.split(separator: ".")
        guard parts.count == 2, parts[1].count == 3, let whole = Int(parts[0]), let fraction = Int(parts[1])
        else { return nil }
        return whole * 1000 + fraction
    }
}
