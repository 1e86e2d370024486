import ArgumentParser
import Foundation
import GraphLoading
import GraphServer
import Hummingbird
import StanceGraph

/// `geostance-serve --graph graph.db [--port N] [--host 127.0.0.1]`: loads the
/// graph once and answers the page's questions until SIGTERM or SIGINT.
@main
struct GeoStanceServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geostance-serve",
        abstract: "Serve a graph to a browser: search, standings, neighbourhoods, evidence, matrix, balance.",
        discussion: """
            Loads the graph into memory once, then answers on http://HOST:PORT/ until stopped \
            (SIGTERM or Ctrl-C). Binds to 127.0.0.1 unless --host says otherwise; serves only its \
            own routes and never reads a file a request names.

            Example: geostance-serve --graph graph.db --port 8080
            """)

    @Option(help: "The graph: a store (graph.db) or a snapshot (graph.json).")
    var graph: String

    @Option(help: "The port to listen on (0 for any free port; the one bound is printed).")
    var port = 8080

    @Option(help: "The address to listen on. Anything but a loopback address exposes the graph to the network.")
    var host = "127.0.0.1"

    @Flag(help: "Serve the graph at state level: sectors, office holders and members folded into their states, as the queries' --rolled-up.")
    var rolledUp = false

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port '\(port)' must be from 0 to 65535") }
        if host.isEmpty { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let started = Date()
        let loaded: RelationGraph
        do {
            loaded = try GraphFile.read(graph)
        } catch {
            FileHandle.standardError.write(Data("geostance-serve: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let served = rolledUp ? loaded.rolledUp() : loaded
        let server = GraphServer(
            graph: served, title: (graph as NSString).lastPathComponent + (rolledUp ? " (state level)" : ""))
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let summary = "\(served.actors.count) actors, \(served.relations.count) relations, loaded in \(seconds) s"
        let app = server.application(host: host, port: port) { [host] bound in
            // One line a script can wait for and read the port from.
            FileHandle.standardOutput.write(Data("geostance-serve: listening on http://\(host):\(bound)/ (\(summary))\n".utf8))
        }
        try await app.runService()
    }
}
