import ArgumentParser
import Foundation
import GraphStore
import StanceGraph

/// The graph a query runs on, filtered and possibly rolled up.
struct QueryContext: ParsableArguments {
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var counting: CountOptions

    @Option(help: "Output format: table, json or csv.")
    var format: TableFormat = .table

    /// The graph filtered, rolled up when asked, and counted by events unless --count reports.
    func graph() throws -> RelationGraph {
        counting.apply(to: try reportGraph())
    }

    /// The graph filtered and rolled up, every report a relation of its own.
    func reportGraph() throws -> RelationGraph {
        filters.apply(to: try input.loadGraph())
    }

    /// The graph as far as a query about the actor `name` reads it: from a
    /// store, every actor and role but only the relations of that actor and,
    /// rolled up, of the sectors and office holders that fold into it (read
    /// through the store's indexes); otherwise the whole graph. Office
    /// holders fold in through a role in the actor or in one of its sectors
    /// (an ICEWS minister is a member of `USA.government`).
    func graph(around name: String) throws -> RelationGraph {
        guard let path = input.graph, GraphFiles.isStore(path) else { return try graph() }
        input.applyVerbosity()
        let store = try GraphFiles.open(path, mode: .read)
        let cast = try GraphFiles.storeCall(path) { () throws(StoreError) in try store.graph(touching: []) }
        // A name that does not resolve: the whole graph, so the error and suggestions are the usual ones.
        guard let who = try? cast.actor(named: name) else { return try graph() }
        var scope: Set<ActorID> = [who.id]
        if filters.rolledUp {
            for actor in cast.actors where actor.kind == .sector && actor.state == who.id { scope.insert(actor.id) }
            for role in cast.roles where scope.contains(role.organisation) { scope.insert(role.holder) }
        }
        return counting.apply(to: filters.apply(to: try GraphFiles.storeCall(path) { () throws(StoreError) in try store.graph(touching: scope) }))
    }

    /// Prints one of the standing queries (opponents, supporters, cooperators, allies) for an actor.
    func printStandings(
        of name: String, _ what: String, _ query: (RelationGraph, ActorID) throws -> Standings
    ) throws {
        let graph = try graph(around: name)
        let who = try actor(name, in: graph)
        try StandingOutput.print(try query(graph, who.id), in: graph, format: format, empty: "no \(what) of \(who.name) (\(who.id))")
    }

    func actor(_ name: String, in graph: RelationGraph) throws -> Actor {
        try graph.actor(named: name)
    }
}
