import Foundation
import StanceGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension GraphML {
    /// The graph in GraphML bytes written by ``encode(_:)``, read from
    /// `source` (a file name, for messages).
    ///
    /// Keys are matched by their `attr.name`, so files re-saved by tools that
    /// renumber keys (`d0`, `d1` ...) still read.
    ///
    /// - Throws: ``FormatError`` naming `source` and the line or node or edge
    ///   at fault, for XML that does not parse or content that is not a
    ///   GeoStance graph.
    public static func decode(_ data: Data, source: String) throws(FormatError) -> RelationGraph {
        func fail(_ problem: FormatError.Problem, at location: FormatError.Location? = nil) -> FormatError {
            FormatError(source: source, format: .graphML, location: location, problem: problem)
        }
        // Foundation's XMLParser traps on element names that are not UTF-8
        // (found by fuzzing): refuse such bytes before it sees them.
        if let offset = firstInvalidUTF8(in: data) { throw fail(.malformed("invalid UTF-8 at byte \(offset)")) }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw fail(.malformed(detail), at: .line(parser.lineNumber))
        }
        guard collector.sawGraph else { throw fail(.missing("<graph>")) }
        guard collector.sawEnd else { throw fail(.malformed("no closing </graphml>: the file is cut short")) }
        var actors: [ActorRecord] = [], actorElements: [String] = []
        var relations: [RelationRecord] = [], relationElements: [String] = []
        var roles: [RoleRecord] = [], roleElements: [String] = []
        var current = ""
        do throws(FormatError.Problem) {
            for node in collector.nodes {
                current = "node \(node.id)"
                actors.append(try node.actor())
                actorElements.append(current)
            }
            for edge in collector.edges {
                current = "edge \(edge.id)"
                if edge.values["element"] == "role" {
                    roles.append(try edge.role())
                    roleElements.append(current)
                } else {
                    relations.append(try edge.relation())
                    relationElements.append(current)
                }
            }
        } catch {
            throw fail(error, at: .element(current))
        }
        return try FormatError.graph(
            source: source, format: .graphML, actors: actors, roles: roles, relations: relations
        ) { record, index in
            switch record {
            case .actor: actorElements[index]
            case .role: roleElements[index]
            case .relation: relationElements[index]
            }
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8
    /// sequence, or `nil` when all of `data` is valid.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// A node or edge: its endpoints and data values by key name.
    struct Element {
        var id = ""
        var source = ""
        var target = ""
        var values: [String: String] = [:]

        func required(_ key: String) throws(FormatError.Problem) -> String {
            guard let value = values[key] else { throw .missing("\"\(key)\"") }
            return value
        }

        func number<N: LosslessStringConvertible>(_ key: String) throws(FormatError.Problem) -> N? {
            guard let text = values[key] else { return nil }
            guard let value = N(text) else { throw .badValue(field: key, value: text) }
            return value
        }

        func actor() throws(FormatError.Problem) -> ActorRecord {
            var record = ActorRecord(Actor(id: ActorID(id), name: "", kind: .state))
            record.name = try required("label")
            let aliases = values["aliases"] ?? "[]"
            guard let list = try? JSONDecoder().decode([String].self, from: Data(aliases.utf8)) else {
                throw .badValue(field: "aliases", value: aliases)
            }
            record.aliases = list
            record.kind = try required("actorKind")
            record.sector = values["sector"]
            record.state = values["state"]
            return record
        }

        func relation() throws(FormatError.Problem) -> RelationRecord {
            var record = RelationRecord(
                Relation(source: "", target: "", kind: .agree, evidence: Evidence(document: "")))
            record.source = source
            record.target = target
            record.kind = try required("kind")
            record.intensity = try number("intensity") ?? 0
            record.modality = try required("modality")
            record.mode = values["mode"]
            record.date = values["date"]
            record.confidence = try number("confidence") ?? 1
            record.weight = try number("weight") ?? 1
            record.document = try required("document")
            record.sentenceIndex = try number("sentenceIndex")
            record.characterStart = try number("characterStart")
            record.characterEnd = try number("characterEnd")
            record.sentence = values["sentence"]
            record.speaker = values["speaker"]
            record.cue = values["cue"]
            return record
        }

        func role() throws(FormatError.Problem) -> RoleRecord {
            var record = RoleRecord(Role(holder: "", office: .leader, organisation: "", from: nil, to: nil))
            record.holder = source
            record.organisation = target
            record.office = try required("office")
            record.from = values["from"]
            record.to = values["to"]
            return record
        }
    }

    /// Gathers keys, nodes and edges as the parser goes.
    final class Collector: NSObject, XMLParserDelegate {
        var keyNames: [String: String] = [:]
        var nodes: [Element] = []
        var edges: [Element] = []
        var sawGraph = false
        var sawEnd = false
        private var current: Element?
        private var currentIsNode = false
        private var dataKey: String?
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch name {
            case "key":
                if let id = attributes["id"] { keyNames[id] = attributes["attr.name"] ?? id }
            case "graph":
                sawGraph = true
            case "node":
                current = Element(id: attributes["id"] ?? "")
                currentIsNode = true
            case "edge":
                current = Element(
                    id: attributes["id"] ?? "", source: attributes["source"] ?? "",
                    target: attributes["target"] ?? "")
                currentIsNode = false
            case "data":
                dataKey = attributes["key"]
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
            qualifiedName: String?
        ) {
            switch name {
            case "data":
                if let key = dataKey, current != nil {
                    current!.values[keyNames[key] ?? key] = text
                }
                dataKey = nil
            case "graphml":
                sawEnd = true
            case "node", "edge":
                if let element = current {
                    if currentIsNode { nodes.append(element) } else { edges.append(element) }
                }
                current = nil
            default:
                break
            }
        }
    }
}
