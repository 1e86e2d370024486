import StanceGraph

/// The edges of the every-relation view as rows of the graph's columns:
/// one edge a relation, relations of a mutual kind drawn once per pair,
/// kind and modality (as ``DOTWriter/everyRelationEdges(_:)`` draws them),
/// without making a ``Relation`` or a ``DrawnEdge`` per row.
struct ColumnEdges {
    /// Per edge: the row of its first relation.
    var first: [Int32] = []
    /// The rows after the first, for the few edges that draw several relations.
    var more: [Int32: [Int32]] = [:]
    /// Per edge: whether `more` holds rows for it, read from an array so
    /// that the many edges of one relation cost no hashing.
    var hasMore: [Bool] = []
    /// Per edge: whether its label is drawn; `nil` when every label is.
    var labelled: [Bool]?

    var count: Int { first.count }

    /// The rows of edge `e` after its first, if it has any.
    @inline(__always)
    func rest(_ e: Int) -> [Int32]? { hasMore[e] ? more[Int32(e)] : nil }

    /// The rows of edge `e`, in canonical order.
    func rows(_ e: Int) -> [Int32] {
        guard let rest = rest(e) else { return [first[e]] }
        return [first[e]] + rest
    }

    func isLabelled(_ e: Int) -> Bool { labelled?[e] ?? true }
}

extension DOTWriter {
    /// The every-relation edges of `graph`, labels chosen as
    /// ``markLabelled(_:keeping:)`` chooses them.
    func columnEdges(_ graph: RelationGraph) -> ColumnEdges {
        struct MutualKey: Hashable {
            var low, high: Int32, kind, modality: UInt8
        }
        let c = graph.columns
        var edges = ColumnEdges()
        edges.first.reserveCapacity(c.count)
        edges.hasMore.reserveCapacity(c.count)
        var mutual: [MutualKey: Int32] = [:]
        for i in 0..<c.count {
            if c.kind(at: i).isSymmetric {
                // Actor positions are in id order, so the lower position is the pair's first actor.
                let s = c.source[i], t = c.target[i]
                let key = MutualKey(low: min(s, t), high: max(s, t), kind: c.kind[i], modality: c.modalityCode(at: i))
                if let e = mutual[key] {
                    edges.more[e, default: []].append(Int32(i))
                    edges.hasMore[Int(e)] = true
                    continue
                }
                mutual[key] = Int32(edges.first.count)
            }
            edges.first.append(Int32(i))
            edges.hasMore.append(false)
        }
        edges.labelled = labelledEdges(edges, c, keeping: options.edgeLabels ? options.labelledEdges : 0)
        return edges
    }

    /// Which edges keep their labels: the `limit` with the largest absolute
    /// net score, ties by drawing order; `nil` when all do.
    func labelledEdges(_ edges: ColumnEdges, _ c: RelationColumns, keeping limit: Int?) -> [Bool]? {
        guard let limit, edges.count > limit else { return nil }
        // |sum of Relation.score|, summed in canonical order as the relations' scores are.
        func strength(_ e: Int) -> Double {
            var sum = 0.0
            func add(_ r: Int) { sum += Double(c.sign(at: r)) * abs(c.intensity[r]) * c.confidence(at: r) * c.weight[r] }
            add(Int(edges.first[e]))
            for i in edges.rest(e) ?? [] { add(Int(i)) }
            return abs(sum)
        }
        var labelled = [Bool](repeating: false, count: edges.count)
        let keep = max(0, limit)
        guard keep > 0 else { return labelled }
        if keep > 64 {
            let all = (0..<edges.count).map(strength)
            let order = all.indices.sorted { all[$0] != all[$1] ? all[$0] > all[$1] : $0 < $1 }
            for e in order.prefix(keep) { labelled[e] = true }
            return labelled
        }
        // The few strongest: a short sorted list, strongest first, instead of sorting every edge.
        var best: [(strength: Double, edge: Int)] = []
        best.reserveCapacity(keep + 1)
        for e in 0..<edges.count {
            let s = strength(e)
            if best.count == keep, let last = best.last, !(s > last.strength) { continue }
            var j = best.count
            while j > 0 && s > best[j - 1].strength { j -= 1 }
            best.insert((s, e), at: j)
            if best.count > keep { best.removeLast() }
        }
        for entry in best { labelled[entry.edge] = true }
        return labelled
    }

    /// What the legend needs to know of column edges.
    func summary(_ edges: ColumnEdges, _ c: RelationColumns) -> EdgeSummary {
        var summary = EdgeSummary(count: edges.count)
        for e in 0..<edges.count {
            let look = look(edges, e, c)
            summary.add(
                sign: look.sign, enduringTie: look.enduringTie, dashed: look.dashed, dotted: look.dotted,
                bold: look.bold, bothWays: look.bothWays, labelled: edges.isLabelled(e))
        }
        return summary
    }

    /// How edge `e` is drawn, from its first relation (bold from any).
    @inline(__always)
    func look(_ edges: ColumnEdges, _ e: Int, _ c: RelationColumns) -> EdgeLook {
        let r = Int(edges.first[e])
        let kind = c.kind(at: r), modality = c.modality(at: r)
        var bold = abs(c.intensity[r]) >= options.boldIntensity
        if let rest = edges.rest(e) {
            for i in rest where abs(c.intensity[Int(i)]) >= options.boldIntensity { bold = true }
        }
        let s = c.source[r], t = c.target[r]
        let symmetric = kind.isSymmetric
        return EdgeLook(
            tail: symmetric ? min(s, t) : s, head: symmetric ? max(s, t) : t, sign: c.sign(at: r),
            enduringTie: !kind.isEvent,
            dashed: kind.isPledge || modality == .intended || modality == .hypothetical,
            dotted: modality == .reported, bold: bold, bothWays: symmetric)
    }

    /// Appends every edge statement of `edges`.
    func appendColumnEdges(_ edges: ColumnEdges, of graph: RelationGraph, to out: inout DOTBuffer) {
        let c = graph.columns
        let ids = graph.actorIDs.map(\.rawValue)
        let nodeNames = NodeNames(count: ids.count)
        var scratch = DOTBuffer(capacity: 1024)
        var texts = TooltipTexts(ids: ids, textCount: c.texts.count)
        for e in 0..<edges.count {
            let look = look(edges, e, c)
            out.append(static: "  ")
            nodeNames.append(look.tail, to: &out)
            out.append(static: " -> ")
            nodeNames.append(look.head, to: &out)
            out.append(static: " [")
            let colour = out.appendEdgeStyle(
                sign: look.sign, enduringTie: look.enduringTie, dashed: look.dashed,
                dotted: look.dotted, bold: look.bold, bothWays: look.bothWays)
            let labelled = edges.isLabelled(e)
            if labelled {
                out.append(", label=")
                out.openQuote()
                appendLabel(edges, e, c, ids, to: &out, newlines: false)
                out.closeQuote()
                out.append(", fontcolor=")
                out.appendQuoted(colour)
            }
            if options.tooltips {
                scratch.removeAll()
                scratch.openQuote()
                if !labelled && options.edgeLabels {
                    // The label it does not draw heads the tooltip.
                    appendLabel(edges, e, c, ids, to: &scratch, newlines: true)
                    scratch.appendEscaped("\n")
                }
                appendEvidence(edges, e, c, &texts, to: &scratch)
                scratch.closeQuote()
                out.append(static: ", tooltip=")
                out.append(scratch)
                // The label's own anchor repeats it; an edge without a drawn label has none.
                if labelled {
                    out.append(static: ", labeltooltip=")
                    out.append(scratch)
                }
            }
            out.append(static: "];\n")
        }
    }

    /// Appends edge `e`'s label (``relationLabel(_:)``) inside an open quote;
    /// with `newlines`, as a tooltip heads it: lines joined by ", ".
    func appendLabel(
        _ edges: ColumnEdges, _ e: Int, _ c: RelationColumns, _ ids: [String], to out: inout DOTBuffer,
        newlines: Bool
    ) {
        let rows = edges.hasMore[e] ? edges.rows(e) : nil
        let r = Int(edges.first[e])
        var mode = c.modeText(at: r)
        if let shared = mode, let rows, !rows.allSatisfy({ c.modeText(at: Int($0)) == shared }) { mode = nil }
        if newlines, let mode, mode.utf8.contains(0x0A) {
            // A mode spanning lines: the label as text, split as the tooltip of a drawn edge splits it.
            let relations = (rows ?? [Int32(r)]).map { c.relation(at: Int($0), actorIDs: ids.map { ActorID($0) }) }
            out.appendEscaped(Self.relationLabel(relations).split(separator: "\n").joined(separator: ", "))
            return
        }
        out.appendEscaped(c.kind(at: r).rawValue)
        if let mode {
            out.appendEscaped(": ")
            out.appendEscaped(mode)
        }
        if let rows {
            out.appendEscaped(" ×")
            out.appendEscaped(rows.count)
        }
        let tag = DiagramStyle.modalityTag(c.modality(at: r))
        if !tag.isEmpty {
            out.appendEscaped(" (")
            out.appendEscaped(tag)
            out.appendEscaped(")")
        }
    }

    /// Appends the evidence behind edge `e` (``appendEvidenceTooltip(_:to:)``).
    func appendEvidence(
        _ edges: ColumnEdges, _ e: Int, _ c: RelationColumns, _ texts: inout TooltipTexts, to out: inout DOTBuffer
    ) {
        let limit = max(0, options.maxEvidenceInTooltip)
        // The first row, then the rest: no array made for the many edges of one relation.
        let rest = edges.rest(e) ?? [], total = 1 + rest.count
        for n in 0..<min(limit, total) {
            let i = Int(n == 0 ? edges.first[e] : rest[n - 1])
            if n > 0 { out.appendEscaped("\n") }
            texts.appendActor(c.source[i], to: &out)
            out.appendPlain(static: " ")
            texts.appendKind(c.kind[i], to: &out)
            out.appendPlain(static: " ")
            texts.appendActor(c.target[i], to: &out)
            let tag = DiagramStyle.modalityTag(c.modality(at: i))
            if !tag.isEmpty { out.appendEscaped(" (\(tag))") }
            if let date = c.date(at: i) { out.appendEscaped(", \(date)") }
            out.appendPlain(static: ": ")
            let quote = c.quoteCode(at: i)
            if quote == RelationColumns.none {
                out.appendPlain(static: "no sentence recorded")
            } else {
                texts.appendText(quote, of: c, truncatedTo: 400, to: &out)
            }
            out.appendPlain(static: " [")
            texts.appendText(c.documentCode(at: i), of: c, truncatedTo: nil, to: &out)
            if let index = c.sentenceIndex(at: i) {
                out.appendPlain(static: ", sentence ")
                out.appendEscaped(index)
            }
            out.appendPlain(static: "]")
        }
        if total > limit {
            if limit > 0 { out.appendEscaped("\n") }
            out.appendEscaped("... and \(total - limit) more")
        }
    }
}

/// How one edge is drawn: its ends (actor positions) and style.
struct EdgeLook {
    var tail, head: Int32
    var sign: Int
    var enduringTie, dashed, dotted, bold, bothWays: Bool
}

/// The node names `n0`, `n1`, ... as one run of bytes, so that an edge
/// statement appends its two ends without a `String` each.
struct NodeNames {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    init(count: Int) {
        bytes.reserveCapacity(count * 6)
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            bytes.append(UInt8(ascii: "n"))
            bytes.append(contentsOf: String(i).utf8)
            starts.append(bytes.count)
        }
    }

    /// Appends the name of node `i`.
    func append(_ i: Int32, to out: inout DOTBuffer) {
        let range = starts[Int(i)]..<starts[Int(i) + 1]
        bytes.withUnsafeBufferPointer { out.append(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

/// The texts every tooltip repeats, each looked at once for bytes to
/// escape: actor ids and kind names kept as bytes with whether they are
/// plain, and for the graph's shared texts (sentences, documents) whether
/// they are plain, learned on first use.
struct TooltipTexts {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var plain: [Bool] = []
    private let kindBase: Int
    /// Per text code: 0 not yet seen, 1 plain, 2 holds a byte to escape.
    private var textPlainness: [UInt8]

    init(ids: [String], textCount: Int) {
        for id in ids { Self.add(id, &bytes, &starts, &plain) }
        kindBase = ids.count
        for kind in RelationColumns.kinds { Self.add(kind.rawValue, &bytes, &starts, &plain) }
        textPlainness = [UInt8](repeating: 0, count: textCount)
    }

    private static func add(_ text: String, _ bytes: inout [UInt8], _ starts: inout [Int], _ plain: inout [Bool]) {
        bytes.append(contentsOf: text.utf8)
        starts.append(bytes.count)
        plain.append(text.utf8.allSatisfy(DOTBuffer.isPlain))
    }

    private func append(entry k: Int, to out: inout DOTBuffer) {
        let range = starts[k]..<starts[k + 1]
        bytes.withUnsafeBufferPointer { all in
            let piece = UnsafeBufferPointer(rebasing: all[range])
            if plain[k] { out.appendPlain(bytes: piece) } else { out.appendEscaped(bytes: piece) }
        }
    }

    /// Appends actor `i`'s id, escaped.
    func appendActor(_ i: Int32, to out: inout DOTBuffer) { append(entry: Int(i), to: &out) }

    /// Appends the name of the kind with code `code`, escaped.
    func appendKind(_ code: UInt8, to out: inout DOTBuffer) { append(entry: kindBase + Int(code), to: &out) }

    /// Appends shared text `code` of `c`, escaped, cut to `limit` bytes as ``DOTText/truncated(_:to:)`` cuts.
    mutating func appendText(_ code: Int32, of c: RelationColumns, truncatedTo limit: Int?, to out: inout DOTBuffer) {
        var text = c.texts[Int(code)]
        if let limit, text.utf8.count > limit {
            out.appendEscaped(DOTText.truncated(text, to: limit))
            return
        }
        let k = Int(code)
        if textPlainness[k] == 0 { textPlainness[k] = text.utf8.allSatisfy(DOTBuffer.isPlain) ? 1 : 2 }
        let isPlain = textPlainness[k] == 1
        text.withUTF8 { if isPlain { out.appendPlain(bytes: $0) } else { out.appendEscaped(bytes: $0) } }
    }
}

/// What the legend needs of the edges: which styles occur, and how many are labelled.
struct EdgeSummary {
    var count: Int
    var hostile = false, cooperative = false, cooperativeTie = false, neutral = false
    var dashed = false, dotted = false, bold = false, bothWays = false
    var labelled = 0

    init(count: Int) { self.count = count }

    init(_ edges: [DrawnEdge]) {
        self.init(count: edges.count)
        for edge in edges {
            add(
                sign: edge.sign, enduringTie: edge.enduringTie, dashed: edge.dashed, dotted: edge.dotted,
                bold: edge.bold, bothWays: edge.bothWays, labelled: edge.labelled)
        }
    }

    mutating func add(
        sign: Int, enduringTie: Bool, dashed: Bool, dotted: Bool, bold: Bool, bothWays: Bool, labelled: Bool
    ) {
        if sign < 0 { hostile = true }
        if sign > 0 && !enduringTie { cooperative = true }
        if sign > 0 && enduringTie { cooperativeTie = true }
        if sign == 0 { neutral = true }
        self.dashed = self.dashed || dashed
        self.dotted = self.dotted || dotted
        self.bold = self.bold || bold
        self.bothWays = self.bothWays || bothWays
        if labelled { self.labelled += 1 }
    }
}
