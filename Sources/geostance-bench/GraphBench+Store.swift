import Foundation
import GraphIO
import GraphStore
import StanceGraph

extension GraphBench {
    /// The graph on disk: writing and loading the SQLite store against the JSON
    /// snapshot, adding one article's relations to the store, and
    /// `geostance query opponents X --graph FILE` end to end (process start to answer).
    func storeSteps(_ graph: RelationGraph, center: ActorID, into report: inout Report) throws {
        let storePath = file("graph.db").path, snapshotURL = file("graph.json")
        func removeStore() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        }
        removeStore()
        defer {
            removeStore()
            try? FileManager.default.removeItem(at: snapshotURL)
        }
        func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }

        var (write, _) = try measure(1) { try GraphStore(path: storePath).add(graph) }
        write.counts = ["relations": graph.relations.count, "bytes": size(storePath)]
        report.add("store_write", write)
        var (encode, _) = try measure(1) { try Snapshot.encode(graph).write(to: snapshotURL) }
        encode.counts = ["relations": graph.relations.count, "bytes": size(snapshotURL.path)]
        report.add("snapshot_write", encode)

        var (load, loaded) = try measure(heavyReps) { try GraphStore(path: storePath, mode: .read).graph() }
        load.counts = ["relations": loaded.relations.count, "bytes": size(storePath)]
        guard loaded.relations == graph.relations, loaded.actors == graph.actors else {
            throw WrongAnswer("the graph loaded from the store differs from the one written")
        }
        report.add("load_store", load)
        var (decode, decoded) = try measure(heavyReps) {
            try Snapshot.decode(Data(contentsOf: snapshotURL), source: snapshotURL.path)
        }
        decode.counts = ["relations": decoded.relations.count, "bytes": size(snapshotURL.path)]
        guard decoded.relations.count == graph.relations.count else {
            throw WrongAnswer("the snapshot read back has \(decoded.relations.count) relations, not \(graph.relations.count)")
        }
        report.add("load_snapshot", decode)

        // One article: twenty relations of the centre actor, a document the store does not have.
        let partners = Array(graph.actorIDs.prefix(21).filter { $0 != center }.prefix(20))
        var article = 0
        var (merge, added) = try measure(reps) { () throws -> MergeSummary in
            article += 1
            let document = "bench-article-\(article)"
            let relations = partners.enumerated().map { i, partner in
                Relation(
                    source: center, target: partner, kind: i % 2 == 0 ? .threaten : .consult, date: Day("2024-01-02"),
                    evidence: Evidence(
                        document: document, sentenceIndex: i, characterRange: (i * 100)..<(i * 100 + 90),
                        sentence: "Sentence \(i) of \(document).", cue: "cue"))
            }
            let one = try RelationGraph(
                actors: ([center] + partners).map { graph[$0]! }, relations: relations)
            return try GraphStore(path: storePath).add(
                one, documents: [DocumentRecord(id: document, date: Day("2024-01-02"), contentHash: document)])
        }
        merge.counts = ["relations": added.relationsAdded]
        guard added.documentsAdded == 1, added.relationsAdded == partners.count else {
            throw WrongAnswer("adding one article added \(added.documentsAdded) documents, \(added.relationsAdded) relations")
        }
        report.add("store_merge_article", merge)

        // End to end: the command line's own process, from a store and from the snapshot.
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("geostance")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            report.checks.append("query end to end skipped: no geostance binary beside geostance-bench")
            return
        }
        /// Runs `geostance arguments` and returns its standard output; a failure is a wrong answer.
        func run(_ arguments: [String], failure: String) throws -> String {
            let process = Process()  // spawns: geostance
            process.executableURL = binary
            process.arguments = arguments
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw WrongAnswer(failure) }
            return text
        }
        func query(_ path: String) throws -> (StepResult, String) {
            try measure(path == storePath ? reps : 1) {
                try run(["query", "opponents", center.rawValue, "--graph", path], failure: "geostance query on \(path) failed")
            }
        }
        // Both hold the article added above only in the store: compare with the store before it.
        removeStore()
        try GraphStore(path: storePath).add(graph)
        var (fromStore, storeAnswer) = try query(storePath)
        fromStore.counts = ["relations": graph.relations.count]
        report.add("query_cli_store", fromStore)
        var (fromSnapshot, snapshotAnswer) = try query(snapshotURL.path)
        fromSnapshot.counts = ["relations": graph.relations.count]
        report.add("query_cli_snapshot", fromSnapshot)
        guard storeAnswer == snapshotAnswer, !storeAnswer.isEmpty else {
            throw WrongAnswer("query opponents \(center) answers differently from the store and the snapshot")
        }
        report.checks.append("graph loaded from the store equal to the one written; query opponents \(center) from store and snapshot: same answer")

        // `geostance query balance --graph graph.db`: the whole graph loaded, the triad
        // census, the frustration index and the first unbalanced triads.
        var (balance, _) = try measure(heavyReps) {
            try run(["query", "balance", "--graph", storePath, "--format", "json"], failure: "geostance query balance on the store failed")
        }
        balance.counts = ["relations": graph.relations.count]
        report.add("balance_cli_store", balance)

        // `geostance build ARTICLE -o graph.db` into the large store: one sample article each run.
        let samples = URL(fileURLWithPath: "Data/samples")
        let articles = ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { samples.appendingPathComponent($0).path }
        guard !articles.isEmpty else {
            report.checks.append("build into the store end to end skipped: no Data/samples here")
            return
        }
        var next = 0
        var (build, _) = try measure(min(reps, articles.count)) { () throws -> String in
            defer { next += 1 }
            return try run(["build", articles[next % articles.count], "-o", storePath, "--quiet"], failure: "geostance build into the store failed")
        }
        build.counts = ["relations": graph.relations.count]
        report.add("build_merge_cli", build)
    }
}
