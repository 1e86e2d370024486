import StanceGraph

/// An edge as drawn: endpoints, arrows, and the relations behind it.
struct DrawnEdge: Hashable, Sendable {
    var tail: ActorID
    var head: ActorID
    /// Arrowheads at both ends (mutual kinds, or relations both ways).
    var bothWays: Bool
    var label: String
    var sign: Int
    var enduringTie: Bool
    var dashed: Bool
    var dotted: Bool
    var bold: Bool
    var relations: [Relation]
    /// The SVG id, when ``DOTOptions/elementIDs`` asks for one.
    var elementID: String?
    /// Whether the label is drawn (else it is only in the tooltip).
    var labelled = true
}

extension DOTWriter {
    /// One edge per pair of actors, from the net score of all relations between them.
    func netStanceEdges(_ graph: RelationGraph) -> [DrawnEdge] {
        var byDyad: [Pair: [Relation]] = [:]
        for relation in graph.relations {
            byDyad[Pair(relation.source, relation.target), default: []].append(relation)
        }
        return byDyad.keys.sorted().map { pair in
            let relations = byDyad[pair]!
            let net = relations.reduce(0) { $0 + $1.score }
            let sign = net > 0 ? 1 : net < 0 ? -1 : 0
            let forward = relations.contains { !$0.kind.isSymmetric && $0.source == pair.first }
            let backward = relations.contains { !$0.kind.isSymmetric && $0.source == pair.second }
            let mutual = relations.contains { $0.kind.isSymmetric }
            let reversed = backward && !forward && !mutual
            let signed = relations.filter { $0.sign.rawValue == sign }
            let strongest = (signed.isEmpty ? relations : signed).map { abs($0.intensity) }.max() ?? 0
            return DrawnEdge(
                tail: reversed ? pair.second : pair.first,
                head: reversed ? pair.first : pair.second,
                bothWays: mutual || (forward && backward),
                label: Self.kindSummary(relations) + "\nnet " + DOTText.signed(net),
                sign: sign, enduringTie: !signed.isEmpty && signed.allSatisfy { !$0.kind.isEvent },
                dashed: relations.allSatisfy(DiagramStyle.isPledge),
                dotted: relations.allSatisfy(DiagramStyle.isReported),
                bold: strongest >= options.boldIntensity, relations: relations)
        }
    }

    /// One edge per relation; mutual kinds once per pair, kind and modality.
    func everyRelationEdges(_ graph: RelationGraph) -> [DrawnEdge] {
        struct MutualKey: Hashable {
            var pair: Pair, kind: RelationKind, modality: Modality
        }
        var edges: [DrawnEdge] = []
        var mutualIndex: [MutualKey: Int] = [:]
        for relation in graph.relations {
            if relation.kind.isSymmetric {
                let key = MutualKey(
                    pair: Pair(relation.source, relation.target), kind: relation.kind,
                    modality: relation.modality)
                if let index = mutualIndex[key] {
                    edges[index].relations.append(relation)
                    edges[index].bold = edges[index].bold
                        || abs(relation.intensity) >= options.boldIntensity
                    edges[index].label = Self.relationLabel(edges[index].relations)
                    continue
                }
                mutualIndex[key] = edges.count
            }
            edges.append(
                DrawnEdge(
                    tail: relation.kind.isSymmetric
                        ? Pair(relation.source, relation.target).first : relation.source,
                    head: relation.kind.isSymmetric
                        ? Pair(relation.source, relation.target).second : relation.target,
                    bothWays: relation.kind.isSymmetric, label: Self.relationLabel([relation]),
                    sign: relation.sign.rawValue, enduringTie: !relation.kind.isEvent,
                    dashed: DiagramStyle.isPledge(relation),
                    dotted: DiagramStyle.isReported(relation),
                    bold: abs(relation.intensity) >= options.boldIntensity, relations: [relation]))
        }
        return edges
    }

    /// Appends the attribute list of an edge statement; `scratch` holds
    /// the tooltip, quoted once and written twice.
    func appendEdgeAttributes(_ edge: DrawnEdge, to out: inout DOTBuffer, scratch: inout DOTBuffer) {
        out.append("[")
        let colour = out.appendEdgeStyle(
            sign: edge.sign, enduringTie: edge.enduringTie, dashed: edge.dashed,
            dotted: edge.dotted, bold: edge.bold, bothWays: edge.bothWays)
        if edge.labelled {
            out.append(", label=")
            out.appendQuoted(edge.label)
            out.append(", fontcolor=")
            out.appendQuoted(colour)
        }
        if options.tooltips { appendTooltips(edge, to: &out, scratch: &scratch) }
        if let id = edge.elementID {
            out.append(", id=")
            out.appendQuoted(id)
        }
        out.append("]")
    }

    /// Appends an edge's tooltip attributes: its label when not drawn, then its evidence.
    func appendTooltips(_ edge: DrawnEdge, to out: inout DOTBuffer, scratch: inout DOTBuffer) {
        scratch.removeAll()
        scratch.openQuote()
        if !edge.labelled && options.edgeLabels {
            // The label it does not draw heads the tooltip.
            scratch.appendEscaped(edge.label.split(separator: "\n").joined(separator: ", ") + "\n")
        }
        appendEvidenceTooltip(edge.relations, to: &scratch)
        scratch.closeQuote()
        out.append(static: ", tooltip=")
        out.append(scratch)
        // The label's own anchor repeats it; an edge without a drawn label has none.
        if edge.labelled {
            out.append(static: ", labeltooltip=")
            out.append(scratch)
        }
    }

    /// Appends the evidence behind an edge, escaped for an open quoted
    /// string: one relation a line, up to the option's limit.
    func appendEvidenceTooltip(_ relations: [Relation], to out: inout DOTBuffer) {
        let limit = max(0, options.maxEvidenceInTooltip)
        for (n, relation) in relations.prefix(limit).enumerated() {
            if n > 0 { out.appendEscaped("\n") }
            out.appendEscaped(relation.source.rawValue)
            out.appendEscaped(" ")
            out.appendEscaped(relation.kind.rawValue)
            out.appendEscaped(" ")
            out.appendEscaped(relation.target.rawValue)
            let tag = DiagramStyle.modalityTag(relation.modality)
            if !tag.isEmpty { out.appendEscaped(" (\(tag))") }
            if let date = relation.date { out.appendEscaped(", \(date)") }
            let evidence = relation.evidence
            let quote = evidence.sentence ?? evidence.cue ?? "no sentence recorded"
            out.appendEscaped(": ")
            // No more bytes than the limit means no more characters either.
            out.appendEscaped(quote.utf8.count <= 400 ? quote : DOTText.truncated(quote, to: 400))
            out.appendEscaped(" [")
            out.appendEscaped(evidence.document)
            if let index = evidence.sentenceIndex { out.appendEscaped(", sentence \(index)") }
            out.appendEscaped("]")
        }
        if relations.count > limit {
            if limit > 0 { out.appendEscaped("\n") }
            out.appendEscaped("... and \(relations.count - limit) more")
        }
    }

    /// Keeps the labels of the `limit` edges with the largest absolute net
    /// score (ties by drawing order) and drops the others'; `nil` keeps all.
    static func markLabelled(_ edges: inout [DrawnEdge], keeping limit: Int?) {
        guard let limit, edges.count > limit else { return }
        let strength = edges.map { abs($0.relations.reduce(0) { $0 + $1.score }) }
        let kept = Set(edges.indices.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : $0 < $1 }.prefix(max(0, limit)))
        for i in edges.indices { edges[i].labelled = kept.contains(i) }
    }

    /// Kinds with counts, most frequent first, at most two named ("threaten ×2, assault", "agree ×4, consult ×3 …").
    static func kindSummary(_ relations: [Relation]) -> String {
        var counts: [RelationKind: Int] = [:]
        for relation in relations { counts[relation.kind, default: 0] += 1 }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var parts = ordered.prefix(2).map { $0.value > 1 ? "\($0.key.rawValue) ×\($0.value)" : $0.key.rawValue }
        if ordered.count > 2 { parts[parts.count - 1] += " …" }
        return parts.joined(separator: ", ")
    }

    /// The label of one relation, or of mutual relations drawn together.
    static func relationLabel(_ relations: [Relation]) -> String {
        let first = relations[0]
        var label = first.kind.rawValue
        if let mode = first.mode, relations.allSatisfy({ $0.mode == mode }) { label += ": \(mode)" }
        if relations.count > 1 { label += " ×\(relations.count)" }
        let tag = DiagramStyle.modalityTag(first.modality)
        if !tag.isEmpty { label += " (\(tag))" }
        return label
    }
}

/// Two actors in ascending order: the key of an undirected dyad.
struct Pair: Hashable, Comparable, Sendable {
    let first: ActorID
    let second: ActorID

    init(_ a: ActorID, _ b: ActorID) {
        (first, second) = b < a ? (b, a) : (a, b)
    }

    static func < (a: Pair, b: Pair) -> Bool {
        a.first != b.first ? a.first < b.first : a.second < b.second
    }
}

extension DOTBuffer {
    /// Appends an edge's `color`, `style`, `penwidth` and `dir` attributes,
    /// the same for the every-relation view and the drawn one; returns the colour,
    /// which the label's font repeats.
    mutating func appendEdgeStyle(
        sign: Int, enduringTie: Bool, dashed: Bool, dotted: Bool, bold: Bool, bothWays: Bool
    ) -> String {
        let colour = DiagramStyle.colour(sign: sign, enduringTie: enduringTie)
        append(static: "color=")
        appendQuoted(colour)
        if dashed || dotted || bold {
            append(static: ", style=\"")
            append(static: dashed ? "dashed" : dotted ? "dotted" : "")
            if bold { append(static: dashed || dotted ? ",bold" : "bold") }
            append(static: "\"")
        }
        if bold { append(static: ", penwidth=\"2.5\"") }
        if bothWays { append(static: ", dir=\"both\"") }
        return colour
    }
}
