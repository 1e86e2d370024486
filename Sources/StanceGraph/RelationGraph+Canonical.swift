extension RelationGraph {
    /// Replaces the relations with the rows of `unsorted`, whose endpoints
    /// are actor positions of the graph, sorting them into canonical order
    /// and dropping rows whose ``Relation/identity`` an earlier row has.
    ///
    /// Sorts row numbers by a compact integer key (actor and document ranks,
    /// kind, sentence, offsets) and only compares whole relations where those
    /// tie, so a million relations sort without making one.
    ///
    /// - Complexity: O(*n* log *n*).
    mutating func setColumns(_ unsorted: RelationColumns) {
        let keys = Self.sortKeys(unsorted)
        let order = keys.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka != kb { return ka < kb }
            return RelationGraph.canonicallyPrecedes(
                unsorted.relation(at: a, actorIDs: actorIDs), unsorted.relation(at: b, actorIDs: actorIDs))
        }
        var inOrder = true
        for (position, row) in order.enumerated() where position != row {
            inOrder = false
            break
        }
        // A store returns its rows in canonical order: then keep the columns as they are.
        if inOrder, !keys.indices.dropFirst().contains(where: { Self.sameIdentity(unsorted, keys, $0 - 1, $0) }) {
            columns = unsorted
        } else {
            var kept: [Int] = []
            kept.reserveCapacity(order.count)
            for i in order where kept.last.map({ !Self.sameIdentity(unsorted, keys, $0, i) }) ?? true {
                kept.append(i)
            }
            columns = unsorted.gathered(kept)
        }
        rebuildRelationIndexes()
    }

    /// Whether rows `a` and `b`, neighbours in canonical order, have one
    /// identity: equal keys, modality and mode.
    static func sameIdentity(_ columns: RelationColumns, _ keys: [SortKey], _ a: Int, _ b: Int) -> Bool {
        guard keys[a] == keys[b], columns.modality[a] == columns.modality[b] else { return false }
        let ma = columns.mode[a], mb = columns.mode[b]
        return ma == mb || (ma != RelationColumns.none && mb != RelationColumns.none
            && columns.texts[Int(ma)] == columns.texts[Int(mb)])
    }

    /// The integer part of the canonical order; equal keys mean equal
    /// endpoints, kind and evidence position.
    struct SortKey: Equatable, Comparable {
        var source, target, kind, document, sentence, lower, upper: Int32

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.document != b.document { return a.document < b.document }
            if a.sentence != b.sentence { return a.sentence < b.sentence }
            if a.lower != b.lower { return a.lower < b.lower }
            return a.upper < b.upper
        }
    }

    /// Each row's key: documents ranked in UTF-8 order (equal names, one
    /// rank), a missing sentence index or range as -1, wide ones clamped.
    static func sortKeys(_ columns: RelationColumns) -> [SortKey] {
        let texts = columns.texts
        var used = [Bool](repeating: false, count: texts.count)
        for d in columns.document { used[Int(d)] = true }
        let documents = texts.indices.filter { used[$0] }.sorted { utf8Precedes(texts[$0], texts[$1]) }
        var rank = [Int32](repeating: 0, count: texts.count)
        var next: Int32 = -1
        for (k, code) in documents.enumerated() {
            if k == 0 || texts[documents[k - 1]] != texts[code] { next += 1 }
            rank[code] = next
        }
        func narrow(_ value: Int32) -> Int32 { value == RelationColumns.none ? -1 : value }
        var keys: [SortKey] = []
        keys.reserveCapacity(columns.count)
        for i in 0..<columns.count {
            var key = SortKey(
                source: columns.source[i], target: columns.target[i], kind: Int32(columns.kind[i]),
                document: rank[Int(columns.document[i])], sentence: narrow(columns.sentenceIndex[i]),
                lower: narrow(columns.rangeLower[i]), upper: narrow(columns.rangeUpper[i]))
            if !columns.wide.isEmpty, let wide = columns.wide[i] {
                key.sentence = Int32(clamping: wide.sentenceIndex ?? -1)
                key.lower = Int32(clamping: wide.characterRange?.lowerBound ?? -1)
                key.upper = Int32(clamping: wide.characterRange?.upperBound ?? -1)
            }
            keys.append(key)
        }
        return keys
    }
}
