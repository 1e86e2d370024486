import StanceGraph

/// The graph a server answers from, read once and kept in memory: every
/// report for the evidence, and one relation per event for the scores, as
/// the command line's queries count them (`--count events`, the default).
package struct ServedGraph: Sendable {
    /// Every report, each a relation of its own: the evidence of a dyad.
    package let reports: RelationGraph
    /// The reports of one event counted once: standings, balance, blocs, drawings.
    package let events: RelationGraph
    /// Each actor's lowercased name and id, in the graph's order, for search.
    let searchKeys: [(name: String, id: String, actor: ActorID)]

    package init(_ graph: RelationGraph) {
        reports = graph
        events = graph.countingEvents()
        searchKeys = graph.actors.map { ($0.name.lowercased(), $0.id.rawValue.lowercased(), $0.id) }
    }

    /// The actor a request names, by id or name as the command line reads it.
    ///
    /// - Throws: ``ServeError`` 404 naming the value and the nearest actors.
    func actor(_ name: String) throws(ServeError) -> Actor {
        do {
            return try events.actor(named: name)
        } catch {
            throw ServeError(.notFound, "\(error)")
        }
    }

    /// Up to `limit` actors whose name or id contains `text` (case folded):
    /// those that begin with it first, then by how many relations they have.
    ///
    /// - Complexity: O(*a*) over the actors, plus sorting the matches.
    func search(_ text: String, limit: Int) -> [Actor] {
        let needle = text.lowercased()
        var matches: [(prefix: Bool, count: Int, actor: ActorID)] = []
        for key in searchKeys {
            let prefix = key.name.hasPrefix(needle) || key.id.hasPrefix(needle)
            guard prefix || key.name.contains(needle) || key.id.contains(needle) else { continue }
            matches.append((prefix, events.relationCount(of: key.actor), key.actor))
        }
        matches.sort { a, b in
            a.prefix != b.prefix ? a.prefix : a.count != b.count ? a.count > b.count : a.actor.rawValue < b.actor.rawValue
        }
        return matches.prefix(limit).compactMap { events[$0.actor] }
    }
}
