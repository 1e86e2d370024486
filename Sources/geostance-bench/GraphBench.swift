import Foundation
import GraphIO
import GraphvizRendering
import StanceGraph

/// The graph steps on one edge list, checked against the peer's answers when
/// they sit beside it.
struct GraphBench {
    var directory: URL
    /// Repetitions of the quick steps and of the heavy ones (load, projection, triads, DOT).
    var reps: Int
    var heavyReps: Int
    var dotCommand = "dot"
    /// The rendered ego network: this many actors and ties.
    var subActors = 100
    var subTies = 250
    /// Only these steps after loading (`queries`: opposers and allies, `dot`: the full DOT),
    /// empty for every step. Answers are checked for the queries when they run.
    var only: Set<String> = []
    /// Keep the full DOT export as `ours_full.dot` beside the graph (to compare outputs).
    var keepDOT = false

    func wants(_ group: String) -> Bool { only.isEmpty || only.contains(group) }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name).path) }

    func table(_ name: String) throws -> [[Substring]] {
        try String(contentsOf: file(name), encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    func run() throws -> Report {
        var report = Report()
        let edgesURL = file("edges.tsv"), nodesURL = file("nodes.tsv")
        let bytes = (try FileManager.default.attributesOfItem(atPath: edgesURL.path)[.size] as? Int) ?? 0

        // The files mapped, as a program reading a big edge list would: their bytes are never
        // heap that the decoder's hand-back (FreedMemory) runs before.
        var (load, loaded) = try measure(heavyReps) {
            try EdgeListTSV.decode(
                Data(contentsOf: edgesURL, options: .alwaysMapped), source: edgesURL.lastPathComponent,
                nodes: Data(contentsOf: nodesURL, options: .alwaysMapped))
        }
        // A constant: a variable captured by the timed closures is copied,
        // every array of the graph retained and released, at each call.
        let graph = loaded
        load.counts = ["bytes": bytes, "relations": graph.relations.count, "actors": graph.actorIDs.count]
        report.notes["rss_after_load_mb"] = String(format: "%.1f", Gauge.currentMB())
        report.add("load_tsv", load)

        let (queries, pairs) = try self.queries(graph)
        let hasAnswers = exists("answers.json")
        let answers = hasAnswers
            ? try JSONSerialization.jsonObject(with: Data(contentsOf: file("answers.json"))) as? [String: Any] ?? [:]
            : [:]

        if wants("queries") {
            var (opp, opponents) = try measure(reps) { try queries.map { x in try graph.opponents(of: x) } }
            opp.counts = ["queries": queries.count]
            report.add("opposers_1000", opp)
            var (ally, allies) = try measure(reps) { try queries.map { x in try graph.allies(of: x) } }
            ally.counts = ["queries": queries.count]
            report.add("allies_1000", ally)
            if hasAnswers {
                try checkOpposers(opponents, queries)
                try checkSummary(answers, "allies_total_entries", allies.reduce(0) { $0 + $1.count })
                report.checks.append("opposers (count, edges, weight, top 3) and allies: equal to networkx's")
            }
        }
        if !only.isEmpty {
            if wants("dot") { try fullDOT(graph, into: &report) }
            return report
        }

        var (spd, directed) = try measure(reps) { try graph.hopCounts(for: pairs) }
        spd.counts = ["queries": pairs.count]
        report.add("paths_directed_1000", spd)
        var (spu, undirected) = try measure(reps) { try graph.hopCounts(for: pairs, directed: false) }
        spu.counts = ["queries": pairs.count]
        report.add("paths_undirected_1000", spu)
        var (spp, paths) = try measure(1) {
            try pairs.map { s, t in try graph.shortestPath(from: s, to: t) }
        }
        spp.counts = ["queries": pairs.count]
        report.add("shortest_path_1000", spp)

        var (proj, projection) = measure(heavyReps) { graph.signedProjection(weighting: .weight) }
        proj.counts = ["ties": projection.tieCount]
        report.add("projection", proj)
        var (tri, census) = measure(heavyReps) { projection.triadCensus() }
        tri.counts = ["triangles": census.triangles]
        report.add("triads", tri)
        let (wccStep, wcc) = measure(reps) { graph.weaklyConnectedComponents() }
        report.add("wcc", wccStep)
        let (sccStep, scc) = measure(reps) { graph.stronglyConnectedComponents() }
        report.add("scc", sccStep)
        let (ccStep, cc) = measure(reps) { projection.connectedComponents() }
        report.add("cc_projection", ccStep)

        // Answers: ours must agree with each other, and with networkx's when present.
        for (i, path) in paths.enumerated() where (path.map { $0.count - 1 }) != directed[i] {
            throw WrongAnswer("shortestPath and hopCounts disagree for \(pairs[i].0) -> \(pairs[i].1)")
        }
        if hasAnswers {
            try checkPaths(directed, undirected)
            try checkSummary(answers, "projection_pairs", projection.tieCount)
            let peer = answers["triads"] as? [String: Int] ?? [:]
            let ours = ["+++": census.allPositive, "++-": census.oneNegative, "+--": census.twoNegative,
                        "---": census.allNegative, "with_zero": census.withZero, "triangles": census.triangles]
            for (key, value) in ours where peer[key] != value {
                throw WrongAnswer("triads \(key): ours \(value), networkx \(peer[key].map(String.init) ?? "missing")")
            }
            for (key, groups) in [("wcc", wcc), ("scc", scc), ("cc_projection", cc)] {
                let peer = answers[key] as? [String: Int] ?? [:]
                if peer["count"] != groups.count || peer["largest"] != groups.map(\.count).max() {
                    throw WrongAnswer("\(key): ours \(groups.count) components, largest \(groups.map(\.count).max() ?? 0); networkx \(peer)")
                }
            }
            report.checks.append("directed and undirected hops, projection pairs, triads, wcc, scc, cc: equal to networkx's")
        } else {
            report.checks.append("no peer answers beside the graph: only self-consistency checked")
        }

        try fullDOT(graph, into: &report)
        try sub100(graph, projection, center: queries[0], into: &report)
        try storeSteps(graph, center: queries[0], into: &report)
        return report
    }

    /// The every-relation DOT of the whole graph, written to a file: as
    /// `geostance export --format dot` writes it (`dot_full`: labels, colours
    /// and every edge's evidence as its tooltip), and with the attributes the
    /// peer's hand-written loop writes, a label and a colour on every edge, no
    /// tooltip (`dot_full_no_tooltips`), so that one row compares like with like.
    func fullDOT(_ graph: RelationGraph, into report: inout Report) throws {
        for (step, tooltips) in [("dot_full", true), ("dot_full_no_tooltips", false)] {
            let dotURL = directory.appendingPathComponent("ours_\(step.dropFirst(4)).dot")
            var options = DOTOptions(view: .everyRelation)
            options.tooltips = tooltips
            if !tooltips { options.labelledEdges = nil }
            var (dot, written) = try measure(heavyReps) { () throws -> Int in
                let document = DOTWriter.encode(graph, options: options)
                try document.utf8.write(to: dotURL)
                return document.edgeCount
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: dotURL.path)[.size] as? Int) ?? 0
            dot.counts = ["edges": written, "bytes": bytes]
            if !keepDOT { try? FileManager.default.removeItem(at: dotURL) }
            report.add(step, dot)
        }
    }

    /// The peer's queries when present, else 1,000 drawn deterministically.
    func queries(_ graph: RelationGraph) throws -> ([ActorID], [(ActorID, ActorID)]) {
        if exists("queries_opposers.txt") && exists("queries_pairs.tsv") {
            let xs = try table("queries_opposers.txt").map { ActorID(String($0[0])) }
            let pairs = try table("queries_pairs.tsv").map { (ActorID(String($0[0])), ActorID(String($0[1]))) }
            return (xs, pairs)
        }
        var generator = SplitMix(seed: 43)
        let ids = graph.actorIDs
        let xs = (0..<1000).map { _ in ids[generator.next(below: ids.count)] }
        let pairs = (0..<1000).map { _ in (ids[generator.next(below: ids.count)], ids[generator.next(below: ids.count)]) }
        return (xs, pairs)
    }

    func checkOpposers(_ opponents: [Standings], _ queries: [ActorID]) throws {
        let rows = try table("answers_opposers.tsv").dropFirst()
        guard rows.count == queries.count else { throw WrongAnswer("answers_opposers.tsv has \(rows.count) rows for \(queries.count) queries") }
        for (row, standings) in zip(rows, opponents) {
            // Weights have three decimals: sum them as integer thousandths.
            let perOpponent = standings.map { s in (s.actor, s.relations.reduce(0) { $0 + Int(($1.weight * 1000).rounded()) }) }
            let top3 = perOpponent.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0.rawValue)
            let ours = [String(standings.count), String(standings.reduce(0) { $0 + $1.relations.count }),
                        thousandths(perOpponent.reduce(0) { $0 + $1.1 }), top3.joined(separator: ",")]
            let peer = row[1...4].map(String.init)
            if ours != peer { throw WrongAnswer("who opposes \(row[0]): ours \(ours), networkx \(peer)") }
        }
    }

    func checkPaths(_ directed: [Int?], _ undirected: [Int?]) throws {
        let rows = Array(try table("answers_paths.tsv").dropFirst())
        guard rows.count == directed.count else { throw WrongAnswer("answers_paths.tsv has \(rows.count) rows for \(directed.count) pairs") }
        for (i, row) in rows.enumerated() {
            if String(directed[i] ?? -1) != row[2] { throw WrongAnswer("hops \(row[0]) -> \(row[1]): ours \(directed[i] ?? -1), networkx \(row[2])") }
            if String(undirected[i] ?? -1) != row[3] { throw WrongAnswer("hops \(row[0]) -- \(row[1]): ours \(undirected[i] ?? -1), networkx \(row[3])") }
        }
    }

    func checkSummary(_ answers: [String: Any], _ key: String, _ ours: Int) throws {
        guard let peer = answers[key] as? Int else { return }
        if peer != ours { throw WrongAnswer("\(key): ours \(ours), networkx \(peer)") }
    }

    func thousandths(_ n: Int) -> String { "\(n / 1000)." + String(String(n % 1000 + 1000).dropFirst()) }

    /// A 100-actor ego network of `center` (its strongest ties, widened
    /// breadth first), its 250 strongest ties drawn as DOT coloured by sign
    /// without edge labels (as the peer draws it), rendered to SVG
    /// in this process and by a spawned `dot -Tsvg` on the same text.
    func sub100(_ graph: RelationGraph, _ projection: SignedProjection, center: ActorID, into report: inout Report) throws {
        var neighbours: [ActorID: [(ActorID, Double)]] = [:]
        for tie in projection.ties {
            neighbours[tie.first, default: []].append((tie.second, abs(tie.weight)))
            neighbours[tie.second, default: []].append((tie.first, abs(tie.weight)))
        }
        var chosen = [center], seen: Set<ActorID> = [center], frontier = [center]
        while chosen.count < subActors && !frontier.isEmpty {
            var next: [ActorID] = []
            for u in frontier {
                let ranked = (neighbours[u] ?? []).filter { !seen.contains($0.0) }
                    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                for (v, _) in ranked where chosen.count < subActors {
                    seen.insert(v)
                    chosen.append(v)
                    next.append(v)
                }
            }
            frontier = next
        }
        let inside = graph.subgraph(actors: seen)
        let strongest = inside.signedProjection(weighting: .weight).ties
            .sorted { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : ($0.first, $0.second) < ($1.first, $1.second) }
            .prefix(subTies)
        let kept = Set(strongest.map { [$0.first, $0.second] })
        let sub = try RelationGraph(
            actors: inside.actors, relations: inside.relations.filter { kept.contains([min($0.source, $0.target), max($0.source, $0.target)]) })
        let text = DOTWriter.encode(sub, options: DOTOptions(clusterByState: false, edgeLabels: false, legend: false)).text
        let dotURL = directory.appendingPathComponent("ours_sub100.dot")
        try Data(text.utf8).write(to: dotURL)

        var (inProcess, svg) = try measure(reps) { try GraphvizRenderer.shared.render(dot: text, format: .svg) }
        inProcess.counts = ["nodes": sub.actorIDs.count, "edges": strongest.count, "bytes": svg.count]
        report.add("sub100_svg_in_process", inProcess)
        let svgURL = directory.appendingPathComponent("ours_sub100.svg")
        guard let dot = Self.executable(named: dotCommand) else {
            // The peer program is missing: there is nothing to compare with, which is not a wrong answer.
            let reason = "skipped: \(dotCommand) is not installed (Debian's graphviz package; scripts/install-deps installs it)"
            report.notes["sub100_svg_spawn_dot"] = reason
            FileHandle.standardError.write(Data("  sub100_svg_spawn_dot  \(reason)\n".utf8))
            return
        }
        var (spawned, status) = try measure(reps) { () throws -> Int32 in
            let process = Process()  // spawns: dot
            process.executableURL = dot
            process.arguments = ["-Tsvg", dotURL.path, "-o", svgURL.path]
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard status == 0 else { throw WrongAnswer("dot -Tsvg exited with status \(status) on \(dotURL.path)") }
        spawned.counts = inProcess.counts
        report.add("sub100_svg_spawn_dot", spawned)
    }
}

extension GraphBench {
    /// The program `name` as the shell would find it on `PATH`, or nil when it is not installed.
    static func executable(named name: String) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }
}

/// A small deterministic generator (SplitMix64) for inputs made without the peer.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below n: Int) -> Int { Int(next() % UInt64(n)) }
}
