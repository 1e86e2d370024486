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
    /// The graph in the bytes of an edge list (and a node list, when given);
    /// `source` and `nodesSource` name the files in errors, and `source` is
    /// each relation's evidence document.
    ///
    /// The reader's scratch (interning tables, row order, outgrown arrays)
    /// is handed back to the system once it is freed (``FreedMemory``).
    ///
    /// - Throws: ``FormatError`` naming the file and line of a bad row.
    /// - Complexity: O(*n* + *a* log *a*) for *n* rows and *a* actors.
    public static func decode(
        _ data: Data, source: String, nodes: Data? = nil, nodesSource: String = "nodes.tsv"
    ) throws(FormatError) -> RelationGraph {
        let graph = try read(data, source: source, nodes: nodes, nodesSource: nodesSource)
        FreedMemory.release()
        return graph
    }

    static func read(
        _ data: Data, source: String, nodes: Data?, nodesSource: String
    ) throws(FormatError) -> RelationGraph {
        var reader = EdgeListReader(edgesSource: source, nodesSource: nodesSource)
        if let nodes {
            try withBytes(nodes) { bytes throws(FormatError) in try reader.readNodes(bytes) }
        }
        try withBytes(data) { bytes throws(FormatError) in try reader.readEdges(bytes) }
        return reader.graph()
    }

    /// Calls `body` with the bytes of `data`, keeping `body`'s error type.
    static func withBytes(
        _ data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws(FormatError) -> Void
    ) throws(FormatError) {
        let outcome = data.withUnsafeBytes { raw -> Result<Void, FormatError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(FormatError) {
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
}
