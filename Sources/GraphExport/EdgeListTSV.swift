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
/// Actors named only in `edges.tsv` are added as organisations.
public enum EdgeListTSV {
    /// The graph in `edges` (and `nodes`, when given).
    ///
    /// - Throws: ``EdgeListTSVError`` naming the file and line of a bad row.
    /// - Complexity: O(*n* log *n*) in the number of rows.
    public static func read(edges: URL, nodes: URL? = nil) throws(EdgeListTSVError) -> RelationGraph {
        let nodeText = try nodes.map { url throws(EdgeListTSVError) in try load(url) }
        return try parse(
            edges: load(edges), edgesSource: edges.lastPathComponent, nodes: nodeText,
            nodesSource: nodes?.lastPathComponent ?? "nodes.tsv")
    }

    /// The graph in edge-list text (and node-list text); the sources name
    /// the files in errors and in each relation's evidence.
    public static func parse(
        edges: String, edgesSource: String = "edges.tsv", nodes: String? = nil,
        nodesSource: String = "nodes.tsv"
    ) throws(EdgeListTSVError) -> RelationGraph {
        // Actors in the order first met, each id's position among them.
        var actors: [Actor] = [], position: [ActorID: Int32] = [:]
        func declare(_ actor: Actor) {
            if let known = position[actor.id] {
                actors[Int(known)] = actor
            } else {
                position[actor.id] = Int32(actors.count)
                actors.append(actor)
            }
        }
        func endpoint(_ id: ActorID) -> Int32 {
            if let known = position[id] { return known }
            declare(Actor(id: id, name: id.rawValue, kind: .organisation))
            return Int32(actors.count - 1)
        }
        if let nodes {
            for (line, fields) in rows(nodes) {
                guard fields.count == 3 else {
                    throw EdgeListTSVError(
                        file: nodesSource, line: line, problem: "expected 3 fields (id, kind, bloc), found \(fields.count)")
                }
                let id = String(fields[0])
                guard !id.isEmpty else {
                    throw EdgeListTSVError(file: nodesSource, line: line, problem: "empty actor id")
                }
                guard let kind = actorKinds[String(fields[1])] else {
                    throw EdgeListTSVError(
                        file: nodesSource, line: line,
                        problem: "unknown actor kind '\(fields[1])'; expected state, leader or org")
                }
                declare(Actor(id: ActorID(id), name: id, kind: kind))
            }
        }
        // Relations go straight into columns, endpoints first as positions in `actors`.
        var columns = RelationColumns()
        columns.texts = [edgesSource]
        // One relation per line: count the lines so each column is allocated once.
        columns.reserveCapacity(edges.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        try forEachRow(edges) { (line, fields) throws(EdgeListTSVError) in
            guard fields.count == 5 else {
                throw EdgeListTSVError(
                    file: edgesSource, line: line,
                    problem: "expected 5 fields (source, target, relation, sign, weight), found \(fields.count)")
            }
            let source = ActorID(String(fields[0])), target = ActorID(String(fields[1]))
            guard !source.rawValue.isEmpty, !target.rawValue.isEmpty else {
                throw EdgeListTSVError(file: edgesSource, line: line, problem: "empty actor id")
            }
            guard let kind = relationKind(fields[2]) else {
                throw EdgeListTSVError(
                    file: edgesSource, line: line,
                    problem: "unknown relation '\(fields[2])'; expected one of "
                        + relationKinds.keys.sorted().joined(separator: ", "))
            }
            let sign: Int
            switch fields[3] {
            case "+1", "1": sign = 1
            case "-1": sign = -1
            default:
                throw EdgeListTSVError(file: edgesSource, line: line, problem: "sign '\(fields[3])' is not +1 or -1")
            }
            // A request is an appeal (+1) or a demand (-1); every other kind has one sign.
            guard sign == kind.sign.rawValue || kind == .request else {
                throw EdgeListTSVError(
                    file: edgesSource, line: line, problem: "sign \(fields[3]) contradicts relation '\(fields[2])'")
            }
            guard let weight = Double(fields[4]), weight.isFinite, weight >= 0 else {
                throw EdgeListTSVError(
                    file: edgesSource, line: line, problem: "weight '\(fields[4])' is not a non-negative number")
            }
            let none = RelationColumns.none
            columns.append(
                source: endpoint(source), target: endpoint(target), kind: kind, modality: .asserted, mode: none,
                date: nil, confidence: 1, intensity: Double(sign), weight: weight, document: 0, sentenceIndex: line,
                characterRange: nil, sentence: none, speaker: none, cue: none)
        }
        // Endpoints become positions among the actors sorted by id.
        let order = actors.indices.sorted { actors[$0].id < actors[$1].id }
        var rank = [Int32](repeating: 0, count: actors.count)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        columns.source = columns.source.map { rank[Int($0)] }
        columns.target = columns.target.map { rank[Int($0)] }
        // No roles, so nothing can name an unknown actor.
        return try! RelationGraph(sortedActors: order.map { actors[$0] }, roles: [], columns: columns)
    }

    static let relationKinds: [String: RelationKind] = [
        "support": .support, "meeting": .consult, "non_aggression": .nonAggression,
        "hostile": .accuse, "threat": .threaten,
    ]

    /// The kind of a relation name, without making a string of it.
    static func relationKind(_ name: Substring) -> RelationKind? {
        switch name {
        case "support": return .support
        case "meeting": return .consult
        case "non_aggression": return .nonAggression
        case "hostile": return .accuse
        case "threat": return .threaten
        default: return nil
        }
    }

    static let actorKinds: [String: ActorKind] = ["state": .state, "leader": .person, "org": .organisation]

    /// The data rows (header and blank lines skipped) as (line number from 1, fields).
    static func rows(_ text: String) -> [(Int, [Substring])] {
        var result: [(Int, [Substring])] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.last == "\r" ? line.dropLast() : line
            guard number > 1, !trimmed.isEmpty else { continue }
            result.append((number, trimmed.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        return result
    }

    /// Calls `body` with each data row (header and blank lines skipped), one
    /// line at a time, as (line number from 1, fields): the same rows as
    /// ``rows(_:)`` without holding them all.
    static func forEachRow(
        _ text: String, _ body: (Int, [Substring]) throws(EdgeListTSVError) -> Void
    ) throws(EdgeListTSVError) {
        var number = 0
        var start = text.startIndex
        let end = text.endIndex
        var fields: [Substring] = []
        while true {
            let stop = text.utf8[start...].firstIndex(of: 0x0A) ?? end
            number += 1
            let line = text[start..<stop]
            let trimmed = line.utf8.last == 0x0D ? line.dropLast() : line
            if number > 1, !trimmed.isEmpty {
                // Split on tab bytes (no grapheme breaking), into one reused buffer.
                fields.removeAll(keepingCapacity: true)
                var fieldStart = trimmed.startIndex
                while let tab = trimmed.utf8[fieldStart...].firstIndex(of: 0x09) {
                    fields.append(trimmed[fieldStart..<tab])
                    fieldStart = trimmed.utf8.index(after: tab)
                }
                fields.append(trimmed[fieldStart...])
                try body(number, fields)
            }
            if stop == end { break }
            start = text.utf8.index(after: stop)
        }
    }

    static func load(_ url: URL) throws(EdgeListTSVError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
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
