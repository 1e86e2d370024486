import Foundation
import StanceGraph

/// Writes a graph as GraphML with typed keys, which Gephi, yEd, networkx
/// (`read_graphml`) and igraph load.
///
/// Nodes are actors (`id` is the actor id); edges are relations
/// (`element` = "relation") and dated roles (`element` = "role", kind
/// `office`), in canonical order. Every field of the model is a `<data>`
/// element under a key with its GraphML type; absent optionals are left out;
/// aliases are a JSON array in a string. ``decode(_:source:)`` reads it back
/// exactly, except characters XML 1.0 cannot hold (C0 controls other than
/// tab, line feed and carriage return; U+FFFE, U+FFFF), written as U+FFFD.
public enum GraphML {
    /// A GraphML key: id, what it belongs to, and its type.
    struct Key {
        var id: String
        var domain: String
        var type: String
    }

    static let nodeKeys: [Key] = [
        Key(id: "label", domain: "node", type: "string"),
        Key(id: "aliases", domain: "node", type: "string"),
        Key(id: "actorKind", domain: "node", type: "string"),
        Key(id: "sector", domain: "node", type: "string"),
        Key(id: "state", domain: "node", type: "string"),
    ]

    static let edgeKeys: [Key] = [
        Key(id: "element", domain: "edge", type: "string"),
        Key(id: "kind", domain: "edge", type: "string"),
        Key(id: "sign", domain: "edge", type: "int"),
        Key(id: "intensity", domain: "edge", type: "double"),
        Key(id: "modality", domain: "edge", type: "string"),
        Key(id: "mode", domain: "edge", type: "string"),
        Key(id: "date", domain: "edge", type: "string"),
        Key(id: "confidence", domain: "edge", type: "double"),
        Key(id: "weight", domain: "edge", type: "double"),
        Key(id: "document", domain: "edge", type: "string"),
        Key(id: "sentenceIndex", domain: "edge", type: "int"),
        Key(id: "characterStart", domain: "edge", type: "int"),
        Key(id: "characterEnd", domain: "edge", type: "int"),
        Key(id: "sentence", domain: "edge", type: "string"),
        Key(id: "speaker", domain: "edge", type: "string"),
        Key(id: "cue", domain: "edge", type: "string"),
        Key(id: "quadClass", domain: "edge", type: "int"),
        Key(id: "cameo", domain: "edge", type: "string"),
        Key(id: "office", domain: "edge", type: "string"),
        Key(id: "from", domain: "edge", type: "string"),
        Key(id: "to", domain: "edge", type: "string"),
    ]

    /// The GraphML of `graph` as UTF-8: deterministic for equal graphs.
    ///
    /// - Complexity: O(*n* + *a* + *r*) in relations, actors and roles.
    public static func encode(_ graph: RelationGraph) -> Data {
        Data(text(graph).utf8)
    }

    /// The GraphML text of `graph`.
    static func text(_ graph: RelationGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in nodeKeys + edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.id)\""
            out += " attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"geostance\" edgedefault=\"directed\">\n"
        for actor in graph.actors {
            let record = ActorRecord(actor)
            out += "    <node id=\"\(MarkupText.escaped(record.id, for: .xmlAttribute))\">\n"
            out += data("label", record.name)
            out += data("aliases", jsonArray(record.aliases))
            out += data("actorKind", record.kind)
            out += data("sector", record.sector)
            out += data("state", record.state)
            out += "    </node>\n"
        }
        var edgeNumber = 0
        func openEdge(_ source: String, _ target: String) -> String {
            defer { edgeNumber += 1 }
            return "    <edge id=\"e\(edgeNumber)\" source=\"\(MarkupText.escaped(source, for: .xmlAttribute))\""
                + " target=\"\(MarkupText.escaped(target, for: .xmlAttribute))\">\n"
        }
        for relation in graph.relations {
            let r = RelationRecord(relation)
            out += openEdge(r.source, r.target)
            out += data("element", "relation") + data("kind", r.kind) + data("sign", "\(r.sign)")
            out += data("intensity", "\(r.intensity)") + data("modality", r.modality)
            out += data("mode", r.mode) + data("date", r.date)
            out += data("confidence", "\(r.confidence)") + data("weight", "\(r.weight)")
            out += data("document", r.document) + data("sentenceIndex", r.sentenceIndex.map { "\($0)" })
            out += data("characterStart", r.characterStart.map { "\($0)" })
            out += data("characterEnd", r.characterEnd.map { "\($0)" })
            out += data("sentence", r.sentence) + data("speaker", r.speaker) + data("cue", r.cue)
            out += data("quadClass", r.quadClass.map { "\($0)" }) + data("cameo", r.cameo)
            out += "    </edge>\n"
        }
        for role in graph.roles {
            let r = RoleRecord(role)
            out += openEdge(r.holder, r.organisation)
            out += data("element", "role") + data("kind", RelationKind.office.rawValue)
            out += data("sign", "0") + data("office", r.office) + data("from", r.from)
            out += data("to", r.to)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func data(_ key: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "      <data key=\"\(key)\">\(MarkupText.escaped(value, for: .xmlContent))</data>\n"
    }

    /// Strings as a compact JSON array, escaped by JSON's rules.
    static func jsonArray(_ items: [String]) -> String {
        "[" + items.map(jsonString).joined(separator: ",") + "]"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
