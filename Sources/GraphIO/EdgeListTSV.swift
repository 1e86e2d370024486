import Foundation
import StanceGraph

/// Reads a signed edge list in tab-separated form into a ``RelationGraph``,
/// the format of the networkx peer (`peer_graph.py`).
///
/// `nodes.tsv`: a header line, then `id kind bloc` (kind `state`, `leader`
/// or `org`; the bloc is ignored). `edges.tsv`: a header line, then
/// `source target relation sign weight` (sign `+1` or `-1`). Relations map
/// to kinds whose sign and direction match: `support` -> support, `meeting`
/// -> consult, `non_aggression` -> non-aggression, `hostile` -> accuse,
/// `threat` -> threaten. (Hostile maps to a directed kind, not to the
/// symmetric hostility, so "who opposes X" keeps the edge-list meaning:
/// sources of negative edges into X.) Each relation gets intensity equal to
/// its sign, confidence 1 and the row's weight, so its ``Relation/score`` is
/// sign x weight; its evidence is the file name and the row's line number
/// (as `sentenceIndex`), so repeated rows stay distinct relations.
/// Actors named only in `edges.tsv` are added as organisations. Lines end
/// in `\n` or `\r\n`; blank lines are skipped.
///
/// The reader works on the file's bytes: fields are byte ranges, actor ids
/// are interned by their bytes (a `String` is made once per actor, not per
/// row), and the rows go straight into the graph's columns, put in
/// canonical order by counting sorts.
public enum EdgeListTSV {
    /// The graph in `edges` (and `nodes`, when given).
    ///
    /// - Throws: ``EdgeListTSVError`` naming the file and line of a bad row.
    /// - Complexity: O(*n* + *a* log *a*) for *n* rows and *a* actors.
    public static func read(edges: URL, nodes: URL? = nil) throws(EdgeListTSVError) -> RelationGraph {
        let nodeBytes = try nodes.map { url throws(EdgeListTSVError) in try load(url) }
        let edgeBytes = try load(edges)
        return try parse(
            edgeBytes: edgeBytes, edgesSource: edges.lastPathComponent, nodeBytes: nodeBytes,
            nodesSource: nodes?.lastPathComponent ?? "nodes.tsv")
    }

    /// The graph in edge-list text (and node-list text); the sources name
    /// the files in errors and in each relation's evidence.
    public static func parse(
        edges: String, edgesSource: String = "edges.tsv", nodes: String? = nil,
        nodesSource: String = "nodes.tsv"
    ) throws(EdgeListTSVError) -> RelationGraph {
        try parse(
            edgeBytes: Data(edges.utf8), edgesSource: edgesSource, nodeBytes: nodes.map { Data($0.utf8) },
            nodesSource: nodesSource)
    }

    /// The graph in the bytes of an edge list (and a node list).
    static func parse(
        edgeBytes: Data, edgesSource: String, nodeBytes: Data?, nodesSource: String
    ) throws(EdgeListTSVError) -> RelationGraph {
        var reader = EdgeListReader(edgesSource: edgesSource, nodesSource: nodesSource)
        if let nodeBytes {
            try withBytes(nodeBytes) { bytes throws(EdgeListTSVError) in try reader.readNodes(bytes) }
        }
        try withBytes(edgeBytes) { bytes throws(EdgeListTSVError) in try reader.readEdges(bytes) }
        return reader.graph()
    }

    /// Calls `body` with the bytes of `data`, keeping `body`'s error type.
    static func withBytes(
        _ data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws(EdgeListTSVError) -> Void
    ) throws(EdgeListTSVError) {
        let outcome = data.withUnsafeBytes { raw -> Result<Void, EdgeListTSVError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(EdgeListTSVError) {
                try body(bytes)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try outcome.get()
    }

    /// The relation names and their kinds.
    static let relationKinds: [String: RelationKind] = [
        "support": .support, "meeting": .consult, "non_aggression": .nonAggression,
        "hostile": .accuse, "threat": .threaten,
    ]

    static let actorKinds: [String: ActorKind] = ["state": .state, "leader": .person, "org": .organisation]

    static func load(_ url: URL) throws(EdgeListTSVError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw EdgeListTSVError(file: url.path, line: nil, problem: "cannot read: \(error.localizedDescription)")
        }
    }
}

/// A bad edge or node list, with the file and line that could not be read.
public struct EdgeListTSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The line number from 1, or `nil` when the whole file is at fault.
    public var line: Int?
    public var problem: String

    public var description: String {
        line.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)"
    }
}
