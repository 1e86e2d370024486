import ArgumentParser
import Foundation
import StanceGraph

struct ActorQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Who is this: an actor's id, kind, aliases and roles.",
        discussion: """
            Answers from the graph and from the gazetteer in the data folder, so an actor the
            articles never mention is still found with its dated offices.
            Example: geostance query actor Kadhimi
            """)
    @Argument(help: "An actor id or name.") var name: String
    @OptionGroup var context: QueryContext

    func run() throws {
        let found = try context.graph()
        // The gazetteer knows every listed actor and office, whatever the input holds.
        let gazetteer = try DataLocator.knowledge(context.input.data).gazetteerGraph
        let graph: RelationGraph
        if (try? found.actor(named: name)) != nil || (try? gazetteer.actor(named: name)) == nil {
            graph = found
        } else {
            graph = gazetteer
        }
        let who = try context.actor(name, in: graph)
        var roles = graph.roles(of: who.id)
        for role in gazetteer.roles(of: who.id) where !roles.contains(role) { roles.append(role) }
        roles.sort { ($0.from?.description ?? "", $0.office.rawValue) < ($1.from?.description ?? "", $1.office.rawValue) }
        switch context.format {
        case .json:
            struct RoleRecord: Encodable { var office, organisation: String; var from, to: String? }
            struct Record: Encodable { var id, name, kind: String; var state: String?; var aliases: [String]; var roles: [RoleRecord] }
            try Output.emit(Table.json(Record(
                id: who.id.rawValue, name: who.name, kind: who.kind.rawValue, state: who.state?.rawValue, aliases: who.aliases,
                roles: roles.map { RoleRecord(office: $0.office.rawValue, organisation: $0.organisation.rawValue, from: $0.from?.description, to: $0.to?.description) })), to: nil)
        case .csv:
            try Output.emit(Table.csv(["office", "organisation", "from", "to"], roles.map { [$0.office.rawValue, $0.organisation.rawValue, $0.from?.description ?? "", $0.to?.description ?? ""] }), to: nil)
        case .table:
            var text = "\(who.name) (\(who.id)), \(who.kind.rawValue)"
            if let state = who.state { text += " of \((graph[state] ?? gazetteer[state])?.name ?? state.rawValue)" }
            text += "\n"
            if !who.aliases.isEmpty { text += "also: \(who.aliases.joined(separator: ", "))\n" }
            for role in roles {
                let organisation = (graph[role.organisation] ?? gazetteer[role.organisation])?.name ?? role.organisation.rawValue
                text += "  \(role.office.title) of \(organisation), \(role.from?.description ?? "?") to \(role.to?.description ?? "now")\n"
            }
            try Output.emit(text, to: nil)
        }
    }
}
