import Foundation
import StanceGraph

/// Edge, node and role lists as CSV (RFC 4180 quoting, `\n` line ends, a
/// header row), for spreadsheets, pandas and R.
///
/// Values are written as they are: a name starting with `=`, `+`, `-` or `@`
/// is not neutralised, so open files from untrusted text in a spreadsheet with
/// formulas disabled.
public enum CSVExport {
    public static let edgeColumns = [
        "source", "target", "source_name", "target_name", "kind", "sign", "intensity", "modality",
        "mode", "date", "confidence", "weight", "document", "sentence_index", "character_start",
        "character_end", "sentence", "speaker", "cue", "quad_class", "cameo",
    ]
    public static let nodeColumns = ["id", "name", "kind", "sector", "state", "aliases"]
    public static let roleColumns = ["holder", "office", "organisation", "from", "to"]

    /// The lists a CSV file can hold.
    public enum Table: String, Hashable, Sendable, CaseIterable {
        /// One row per relation, in canonical order (``edgeColumns``).
        case edges
        /// One row per actor, in id order (``nodeColumns``).
        case nodes
        /// One row per dated role (``roleColumns``).
        case roles
    }

    /// Which list to write.
    public struct Options: Hashable, Sendable {
        public var table: Table

        public init(table: Table = .edges) {
            self.table = table
        }
    }

    /// The CSV of one list of `graph` as UTF-8.
    ///
    /// - Complexity: O(*n*) in the rows.
    public static func encode(_ graph: RelationGraph, options: Options = Options()) -> Data {
        switch options.table {
        case .edges: Data(edges(graph).utf8)
        case .nodes: Data(nodes(graph).utf8)
        case .roles: Data(roles(graph).utf8)
        }
    }

    /// One row per relation, in canonical order.
    static func edges(_ graph: RelationGraph) -> String {
        table(edgeColumns, edgeRows(graph))
    }

    /// The rows of ``edges(_:)``, one per relation, fields unquoted.
    static func edgeRows(_ graph: RelationGraph) -> [[String]] {
        graph.relations.map { relation in
            let r = RelationRecord(relation)
            return [
                r.source, r.target, graph[relation.source]?.name ?? "",
                graph[relation.target]?.name ?? "", r.kind, "\(r.sign)", "\(r.intensity)",
                r.modality, r.mode ?? "", r.date ?? "", "\(r.confidence)", "\(r.weight)",
                r.document, optional(r.sentenceIndex), optional(r.characterStart),
                optional(r.characterEnd), r.sentence ?? "", r.speaker ?? "", r.cue ?? "",
                optional(r.quadClass), r.cameo ?? "",
            ]
        }
    }

    /// One row per actor, in id order; aliases joined with "; ".
    static func nodes(_ graph: RelationGraph) -> String {
        table(nodeColumns, nodeRows(graph))
    }

    /// The rows of ``nodes(_:)``, one per actor, fields unquoted.
    static func nodeRows(_ graph: RelationGraph) -> [[String]] {
        graph.actors.map { actor in
            [
                actor.id.rawValue, actor.name, actor.kind.rawValue,
                actor.sector?.rawValue ?? "", actor.state?.rawValue ?? "",
                actor.aliases.joined(separator: "; "),
            ]
        }
    }

    /// One row per dated role.
    static func roles(_ graph: RelationGraph) -> String {
        table(
            roleColumns,
            graph.roles.map { role in
                [
                    role.holder.rawValue, role.office.rawValue, role.organisation.rawValue,
                    role.from?.description ?? "", role.to?.description ?? "",
                ]
            })
    }

    static func optional(_ value: Int?) -> String { value.map(String.init) ?? "" }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// `table` with every line break inside a value made a space, so each
    /// record is one physical line: for readers that split records on line
    /// ends before they look at quotes (parallel CSV readers, Neo4j's
    /// importer without `--multiline-fields`).
    static func singleLineTable(_ header: [String], _ rows: [[String]]) -> String {
        table(header, rows.map { $0.map(singleLine) })
    }

    /// `value` with each line break (LF, CR, CRLF, and the other Unicode
    /// line and paragraph separators) replaced by one space.
    static func singleLine(_ value: String) -> String {
        guard value.contains(where: \.isNewline) else { return value }
        return String(value.map { $0.isNewline ? " " : $0 })
    }

    /// A field, quoted when it holds a comma, quote, line break or edge spaces.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { ",\"\n\r".unicodeScalars.contains($0) }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// A copy with every `target` scalar replaced by `replacement`.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
