import Foundation

/// Runs the networkx peer (`../shared/peer/peer_graph.py`) through a small
/// driver that imports its generator and graph functions but skips its
/// timing loops and drawing steps (which need pygraphviz, pydot and `dot`),
/// so the answers are networkx's own on the very graph written to TSV.
enum Peer {
    /// The peer's folder: `GEOSTANCE_PEER_DIR`, or `../shared/peer` beside the package.
    static let directory: URL = {
        if let dir = ProcessInfo.processInfo.environment["GEOSTANCE_PEER_DIR"] {
            return URL(fileURLWithPath: dir)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // PeerComparisonTests
            .deletingLastPathComponent().deletingLastPathComponent()  // the package
            .deletingLastPathComponent().appendingPathComponent("shared/peer")
    }()

    /// Whether python3 can import networkx and numpy and the peer script exists.
    static let isAvailable: Bool = {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("peer_graph.py").path)
        else { return false }
        return (try? run(["-c", "import networkx, numpy"], in: FileManager.default.temporaryDirectory)) != nil
    }()

    /// Writes `edges.tsv`, `nodes.tsv`, `queries_opposers.txt`, `queries_pairs.tsv`,
    /// `answers_opposers.tsv`, `answers_paths.tsv` and `answers.json` into `outdir`.
    static func generate(nodes: Int, edges: Int, seed: Int = 42, queries: Int, outdir: URL) throws {
        let script = outdir.appendingPathComponent("driver.py")
        try driver.write(to: script, atomically: true, encoding: .utf8)
        try run(
            [script.path, directory.path, outdir.path, "\(nodes)", "\(edges)", "\(seed)", "\(queries)"],
            in: outdir)
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PeerFailure(message: String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    struct PeerFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "peer failed: \(message)" }
    }

    /// Queries are drawn as the peer's main() draws them (random.Random(seed + 1)).
    static let driver = #"""
        import json, os, random, sys
        peer_dir, outdir, n, m, seed, queries = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
        sys.path.insert(0, peer_dir)
        import networkx as nx
        import peer_graph as p
        nodes, edges = p.generate(n, m, seed)
        p.write_tsv(outdir, nodes, edges)
        G = p.build(nodes, edges)
        qrng = random.Random(seed + 1)
        names = [a for a, _, _ in nodes]
        X = [qrng.choice(names) for _ in range(queries)]
        pairs = [(qrng.choice(names), qrng.choice(names)) for _ in range(queries)]
        with open(os.path.join(outdir, "queries_opposers.txt"), "w") as f:
            f.write("\n".join(X) + "\n")
        with open(os.path.join(outdir, "queries_pairs.tsv"), "w") as f:
            f.writelines(f"{s}\t{t}\n" for s, t in pairs)
        opp = [p.opposers(G, x) for x in X]
        with open(os.path.join(outdir, "answers_opposers.tsv"), "w") as f:
            f.write("x\tn_opposers\tn_negative_in_edges\tsum_weight\ttop3\n")
            for x, o in zip(X, opp):
                f.write(f"{x}\t{len(o)}\t{sum(c for _, (c, _) in o)}\t{sum(w for _, (_, w) in o):.3f}\t"
                        f"{','.join(a for a, _ in o[:3])}\n")
        spd = p.sp_all(G, pairs)
        H = p.project(G)
        spu = p.sp_all(H, pairs)
        with open(os.path.join(outdir, "answers_paths.tsv"), "w") as f:
            f.write("source\ttarget\tdirected_hops\tundirected_hops\n")
            for (s, t), a, b in zip(pairs, spd, spu):
                f.write(f"{s}\t{t}\t{a}\t{b}\n")
        def summary(sizes):
            return {"count": len(sizes), "largest": max(sizes)}
        answers = {
            "triads": p.triads(H),
            "projection_pairs": H.number_of_edges(),
            "wcc": summary([len(c) for c in nx.weakly_connected_components(G)]),
            "scc": summary([len(c) for c in nx.strongly_connected_components(G)]),
            "cc_projection": summary([len(c) for c in nx.connected_components(H)]),
        }
        with open(os.path.join(outdir, "answers.json"), "w") as f:
            json.dump(answers, f, indent=1)
        """#
}
