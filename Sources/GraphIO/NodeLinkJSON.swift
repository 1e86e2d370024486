import Foundation
import StanceGraph

/// A graph as node-link JSON, the form d3's force layouts, networkx
/// (`node_link_graph`) and Cytoscape.js load.
///
/// The d3 flavour (networkx's too):
/// ```
/// { "format": "geostance-node-link", "version": 1, "directed": true, "multigraph": true,
///   "graph": {}, "nodes": [ { "id", "name", "aliases", "kind", "sector"?, "state"? } ],
///   "links": [ { "source", "target", "kind", "sign", "intensity", "modality", "mode"?,
///                "date"?, "confidence", "weight", "document", "sentenceIndex"?,
///                "characterStart"?, "characterEnd"?, "sentence"?, "speaker"?, "cue"?,
///                "quadClass"?, "cameo"? } ],
///   "roles": [ { "holder", "office", "organisation", "from"?, "to"? } ] }
/// ```
/// The Cytoscape.js flavour wraps the same records as
/// `{ "elements": { "nodes": [ { "data": node } ], "edges": [ { "data": link + "id" } ] } }`.
/// ``decode(_:source:)`` reads either back exactly.
public enum NodeLinkJSON {
    public static let format = "geostance-node-link"
    public static let version = 1

    public enum Flavour: String, Hashable, Sendable, CaseIterable {
        /// `nodes` and `links` at the top (d3, networkx).
        case d3
        /// `elements.nodes` and `elements.edges` holding `data` objects (Cytoscape.js).
        case cytoscape
    }

    /// How to write the JSON.
    public struct Options: Hashable, Sendable {
        public var flavour: Flavour

        public init(flavour: Flavour = .d3) {
            self.flavour = flavour
        }
    }

    /// The JSON of `graph`: deterministic, keys sorted, one trailing newline.
    ///
    /// - Throws: `EncodingError` when a number is not finite.
    public static func encode(_ graph: RelationGraph, options: Options = Options()) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let nodes = graph.actors.map(ActorRecord.init)
        let links = graph.relations.map(RelationRecord.init)
        let roles = graph.roles.map(RoleRecord.init)
        var data: Data
        switch options.flavour {
        case .d3:
            data = try encoder.encode(
                D3Body(
                    format: format, version: version, directed: true, multigraph: true,
                    graph: [:], nodes: nodes, links: links, roles: roles))
        case .cytoscape:
            let edges = links.enumerated().map { CytoscapeEdge(data: .init(id: "e\($0.offset)", record: $0.element)) }
            data = try encoder.encode(
                CytoscapeBody(
                    format: format, version: version, directed: true, data: [:],
                    elements: .init(nodes: nodes.map { .init(data: $0) }, edges: edges),
                    roles: roles))
        }
        data.append(0x0A)
        return data
    }

    /// The graph in node-link JSON of either flavour, read from `source` (a file name, for messages).
    ///
    /// - Throws: ``FormatError`` naming `source`, the JSON path at fault and what is missing or wrong.
    public static func decode(_ data: Data, source: String) throws(FormatError) -> RelationGraph {
        func fail(_ problem: FormatError.Problem, at path: String? = nil) -> FormatError {
            FormatError(source: source, format: .nodeLinkJSON, location: path.map { .element($0) }, problem: problem)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw fail(.malformed("\(error.localizedDescription)"))
        }
        guard let top = object as? [String: Any] else { throw fail(.missing("top-level object")) }
        guard top["format"] as? String == format else { throw fail(.missing("\"format\": \"\(format)\"")) }
        let actors: [ActorRecord], roles: [RoleRecord], relations: [RelationRecord]
        let cytoscape = top["elements"] != nil
        do {
            if cytoscape {
                let body = try JSONDecoder().decode(CytoscapeBody.self, from: data)
                (actors, roles, relations) = (body.elements.nodes.map(\.data), body.roles, body.elements.edges.map(\.data.record))
            } else {
                let body = try JSONDecoder().decode(D3Body.self, from: data)
                (actors, roles, relations) = (body.nodes, body.roles, body.links)
            }
        } catch let error as DecodingError {
            let (path, detail) = Snapshot.describe(error)
            throw fail(.malformed(detail), at: path)
        } catch {
            throw fail(.malformed("\(error)"))
        }
        return try FormatError.graph(
            source: source, format: .nodeLinkJSON, actors: actors, roles: roles, relations: relations
        ) { record, index in
            switch record {
            case .actor: cytoscape ? ".elements.nodes[\(index)]" : ".nodes[\(index)]"
            case .role: ".roles[\(index)]"
            case .relation: cytoscape ? ".elements.edges[\(index)]" : ".links[\(index)]"
            }
        }
    }

    struct D3Body: Codable {
        var format: String
        var version: Int
        var directed: Bool
        var multigraph: Bool
        var graph: [String: String]
        var nodes: [ActorRecord]
        var links: [RelationRecord]
        var roles: [RoleRecord]
    }

    struct CytoscapeBody: Codable {
        struct Elements: Codable {
            var nodes: [CytoscapeNode]
            var edges: [CytoscapeEdge]
        }
        var format: String
        var version: Int
        var directed: Bool
        var data: [String: String]
        var elements: Elements
        var roles: [RoleRecord]
    }

    struct CytoscapeNode: Codable {
        var data: ActorRecord
    }

    struct CytoscapeEdge: Codable {
        var data: EdgeData
    }

    /// A relation record with the edge id Cytoscape.js wants, flattened into one object.
    struct EdgeData: Codable {
        var id: String
        var record: RelationRecord

        init(id: String, record: RelationRecord) {
            self.id = id
            self.record = record
        }

        enum Keys: String, CodingKey { case id }

        init(from decoder: any Decoder) throws {
            id = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .id)
            record = try RelationRecord(from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            try record.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
        }
    }
}
