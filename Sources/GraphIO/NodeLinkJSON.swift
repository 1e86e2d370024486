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
/// ``decode(_:)`` reads either back exactly.
public enum NodeLinkJSON {
    public static let format = "geostance-node-link"
    public static let version = 1

    public enum Flavour: String, Hashable, Sendable, CaseIterable {
        /// `nodes` and `links` at the top (d3, networkx).
        case d3
        /// `elements.nodes` and `elements.edges` holding `data` objects (Cytoscape.js).
        case cytoscape
    }

    /// The JSON of `graph`: deterministic, keys sorted, one trailing newline.
    ///
    /// - Throws: `EncodingError` when a number is not finite.
    public static func encode(_ graph: RelationGraph, flavour: Flavour = .d3) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let nodes = graph.actors.map(ActorRecord.init)
        let links = graph.relations.map(RelationRecord.init)
        let roles = graph.roles.map(RoleRecord.init)
        var data: Data
        switch flavour {
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

    /// The graph in node-link JSON of either flavour.
    ///
    /// - Throws: ``GraphReadError`` saying what is missing or wrong.
    public static func decode(_ data: Data) throws(GraphReadError) -> RelationGraph {
        let name = "node-link JSON"
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw GraphReadError(format: name, problem: .malformed("\(error.localizedDescription)"))
        }
        guard let top = object as? [String: Any] else {
            throw GraphReadError(format: name, problem: .missing("top-level object"))
        }
        guard top["format"] as? String == format else {
            throw GraphReadError(format: name, problem: .missing("\"format\": \"\(format)\""))
        }
        do {
            if top["elements"] != nil {
                let body = try JSONDecoder().decode(CytoscapeBody.self, from: data)
                return try GraphReadError.graph(
                    format: name, actors: body.elements.nodes.map(\.data), roles: body.roles,
                    relations: body.elements.edges.map(\.data.record))
            }
            let body = try JSONDecoder().decode(D3Body.self, from: data)
            return try GraphReadError.graph(
                format: name, actors: body.nodes, roles: body.roles, relations: body.links)
        } catch let error as GraphReadError {
            throw error
        } catch let error as DecodingError {
            throw GraphReadError(format: name, problem: .malformed(Snapshot.describe(error)))
        } catch {
            throw GraphReadError(format: name, problem: .malformed("\(error)"))
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
