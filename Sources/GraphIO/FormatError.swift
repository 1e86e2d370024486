import StanceGraph

/// A graph in one of GraphIO's formats that could not be read: the source it
/// came from, the format, where in it (a line or an element) and what is wrong.
///
/// Prints as one line: `edges.tsv:3: sign '+2' is not +1 or -1`,
/// `g.graphml: GraphML: "planet" is not a valid kind at node A`.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The formats GraphIO reads.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case snapshot = "snapshot"
        case nodeLinkJSON = "node-link JSON"
        case graphML = "GraphML"
        case edgeList = "edge list"
    }

    /// Where in the source the problem lies.
    public enum Location: Hashable, Sendable {
        /// A line, numbered from 1.
        case line(Int)
        /// An element: a JSON path (`.relations[3].kind`) or a GraphML node or edge (`edge e3`).
        case element(String)
    }

    public enum Problem: Error, Hashable, Sendable {
        /// The bytes are not well-formed JSON or XML.
        case malformed(String)
        /// Well-formed, but not this format: a required part is missing.
        case missing(String)
        /// Written by a newer GeoStance than this one.
        case newerVersion(Int, supported: Int)
        /// A field holds a value the model does not have.
        case badValue(field: String, value: String)
        /// The content is wrong: a bad row, a missing field, an actor named but absent.
        case invalid(String)
    }

    /// What the bytes were read from: a file name, for messages.
    public var source: String
    public var format: Format
    /// The line or element at fault, or `nil` when it is the whole source.
    public var location: Location?
    public var problem: Problem

    public init(source: String, format: Format, location: Location? = nil, problem: Problem) {
        self.source = source
        self.format = format
        self.location = location
        self.problem = problem
    }

    /// The line at fault, when the problem has one.
    public var line: Int? {
        if case .line(let line) = location { return line }
        return nil
    }

    public var description: String {
        switch location {
        case .line(let line): return "\(source):\(line): \(problemText)"
        case .element(let element): return "\(source): \(problemText) at \(element)"
        case nil: return "\(source): \(problemText)"
        }
    }

    /// The problem in words, as the format says it.
    public var problemText: String {
        switch (problem, format) {
        case (.malformed(let detail), .snapshot): "not a snapshot: the file is not valid JSON (\(detail))"
        case (.malformed(let detail), _): "not valid \(format.rawValue): \(detail)"
        case (.missing(let what), .snapshot): "not a GeoStance snapshot (no \(what))"
        case (.missing(let what), _): "not a GeoStance \(format.rawValue) export: no \(what)"
        case (.newerVersion(let found, let supported), _):
            "\(format.rawValue) version \(found) is newer than this GeoStance reads (\(supported)); upgrade GeoStance"
        case (.badValue(let field, let value), _): "\(format.rawValue): \"\(value)\" is not a valid \(field)"
        case (.invalid(let detail), .snapshot): "corrupt snapshot: \(detail)"
        case (.invalid(let detail), .edgeList): detail
        case (.invalid(let detail), _): "\(format.rawValue): \(detail)"
        }
    }

    /// The kinds of record a graph is built from, to say which one is at fault.
    enum Record {
        case actor, role, relation
    }

    /// Builds the graph from records; a record that does not convert is
    /// named by `element(kind, index)`.
    static func graph(
        source: String, format: Format, actors: [ActorRecord], roles: [RoleRecord], relations: [RelationRecord],
        element: (Record, Int) -> String
    ) throws(FormatError) -> RelationGraph {
        var at: (Record, Int) = (.actor, 0)
        var built: [Actor] = [], builtRoles: [Role] = [], builtRelations: [Relation] = []
        do throws(Problem) {
            for (index, record) in actors.enumerated() {
                at = (.actor, index)
                built.append(try record.actor())
            }
            for (index, record) in roles.enumerated() {
                at = (.role, index)
                builtRoles.append(try record.role())
            }
            for (index, record) in relations.enumerated() {
                at = (.relation, index)
                builtRelations.append(try record.relation())
            }
        } catch {
            throw FormatError(source: source, format: format, location: .element(element(at.0, at.1)), problem: error)
        }
        do {
            return try RelationGraph(actors: built, roles: builtRoles, relations: builtRelations)
        } catch {
            throw FormatError(source: source, format: format, problem: .invalid(error.description))
        }
    }
}
