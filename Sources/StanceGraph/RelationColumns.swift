/// Relations stored as columns: one array per field, each row a relation.
///
/// Endpoints are actor positions (32 bits), kind and modality one byte
/// each, dates day ordinals, and every string (document, sentence, mode,
/// speaker, cue) a position in one shared table of texts, so a relation
/// costs a few dozen bytes however long its evidence, and a scan over one
/// field reads memory in order. Sentence indexes and character offsets are
/// 32 bits; the rare value that does not fit is kept exactly in ``wide``.
///
/// Within one field, equal strings have equal codes when the columns were
/// filled through a ``TextTable``; readers that fill them from tables whose
/// rows are unique (a store's documents) keep that too.
package struct RelationColumns: Sendable {
    /// Marks a missing optional value in the 32-bit columns.
    package static let none = Int32.min

    package var source: [Int32] = []
    package var target: [Int32] = []
    /// ``RelationKind/order``.
    package var kind: [UInt8] = []
    /// The position of the modality in ``modalityOrder`` (raw-value order).
    package var modality: UniformColumn<UInt8> = []
    /// Text codes, ``none`` for no mode.
    package var mode: UniformColumn<Int32> = []
    /// ``Day/ordinal``, ``none`` for no date.
    package var date: UniformColumn<Int32> = []
    package var confidence: UniformColumn<Double> = []
    package var intensity: [Double] = []
    package var weight: [Double] = []
    /// Text code of the evidence's document.
    package var document: UniformColumn<Int32> = []
    /// ``none`` when absent, or when the value is in ``wide``.
    package var sentenceIndex: [Int32] = []
    package var rangeLower: UniformColumn<Int32> = []
    package var rangeUpper: UniformColumn<Int32> = []
    /// Text codes, ``none`` when absent.
    package var sentence: UniformColumn<Int32> = []
    package var speaker: UniformColumn<Int32> = []
    package var cue: UniformColumn<Int32> = []
    /// The shared texts the codes point into.
    package var texts: [String] = []
    /// Rows whose sentence index or character range does not fit 32 bits, exactly.
    package var wide: [Int: WidePosition] = [:]

    /// A sentence index and character range too large for the 32-bit columns.
    package struct WidePosition: Sendable, Equatable {
        var sentenceIndex: Int?
        var characterRange: Range<Int>?
    }

    package init() {}

    /// Kinds by ``RelationKind/order``: a stored table, as `allCases` builds a new array on each use.
    package static let kinds: [RelationKind] = RelationKind.allCases

    /// Modalities in the order the canonical order compares them (by raw value).
    static let modalityOrder: [Modality] = Modality.allCases.sorted { $0.rawValue < $1.rawValue }

    /// The code of `modality` in ``modality``.
    package static func code(of modality: Modality) -> UInt8 {
        switch modality {
        case .asserted: 0
        case .hypothetical: 1
        case .intended: 2
        case .negated: 3
        case .plannedThenCancelled: 4
        case .reported: 5
        }
    }

    /// The number of rows.
    package var count: Int { kind.count }

    /// Reserves room for `n` rows in every column.
    package mutating func reserveCapacity(_ n: Int) {
        source.reserveCapacity(n)
        target.reserveCapacity(n)
        kind.reserveCapacity(n)
        modality.reserveCapacity(n)
        mode.reserveCapacity(n)
        date.reserveCapacity(n)
        confidence.reserveCapacity(n)
        intensity.reserveCapacity(n)
        weight.reserveCapacity(n)
        document.reserveCapacity(n)
        sentenceIndex.reserveCapacity(n)
        rangeLower.reserveCapacity(n)
        rangeUpper.reserveCapacity(n)
        sentence.reserveCapacity(n)
        speaker.reserveCapacity(n)
        cue.reserveCapacity(n)
    }

    /// Appends one row; strings come as text codes, positions as plain integers.
    package mutating func append(
        source: Int32, target: Int32, kind: RelationKind, modality: Modality, mode: Int32, date: Day?,
        confidence: Double, intensity: Double, weight: Double, document: Int32, sentenceIndex: Int?,
        characterRange: Range<Int>?, sentence: Int32, speaker: Int32, cue: Int32
    ) {
        self.source.append(source)
        self.target.append(target)
        self.kind.append(UInt8(kind.order))
        self.modality.append(Self.code(of: modality))
        self.mode.append(mode)
        self.date.append(date.map { Int32($0.ordinal) } ?? Self.none)
        self.confidence.append(confidence)
        self.intensity.append(intensity)
        self.weight.append(weight)
        self.document.append(document)
        self.sentence.append(sentence)
        self.speaker.append(speaker)
        self.cue.append(cue)
        appendPosition(sentenceIndex, characterRange)
    }

    /// Appends a row's sentence index and range, keeping a wide one in ``wide``.
    mutating func appendPosition(_ index: Int?, _ range: Range<Int>?) {
        func narrow(_ value: Int) -> Int32? {
            value > Int(Self.none) && value <= Int(Int32.max) ? Int32(value) : nil
        }
        let s = index.map(narrow), l = range.map { narrow($0.lowerBound) }, u = range.map { narrow($0.upperBound) }
        if s == .some(nil) || l == .some(nil) || u == .some(nil) {
            wide[sentenceIndex.count] = WidePosition(sentenceIndex: index, characterRange: range)
            sentenceIndex.append(Self.none)
            rangeLower.append(Self.none)
            rangeUpper.append(Self.none)
        } else {
            sentenceIndex.append(s.flatMap { $0 } ?? Self.none)
            rangeLower.append(l.flatMap { $0 } ?? Self.none)
            rangeUpper.append(u.flatMap { $0 } ?? Self.none)
        }
    }

    // MARK: Reading a row

    @inline(__always)
    package func text(_ code: Int32) -> String? { code == Self.none ? nil : texts[Int(code)] }

    /// The relation kind of row `i`.
    @inline(__always)
    package func kind(at i: Int) -> RelationKind { Self.kinds[Int(kind[i])] }

    /// The modality of row `i`.
    @inline(__always)
    package func modality(at i: Int) -> Modality { Self.modalityOrder[Int(modality[i])] }

    /// The date of row `i`.
    @inline(__always)
    package func date(at i: Int) -> Day? { date[i] == Self.none ? nil : Day(ordinal: Int(date[i])) }

    /// The document of row `i`.
    @inline(__always)
    package func document(at i: Int) -> String { texts[Int(document[i])] }

    /// The text code of the words a reader is shown for row `i`: its sentence's, else its cue's
    /// (``none`` for neither).
    package func quoteCode(at i: Int) -> Int32 { sentence[i] != Self.none ? sentence[i] : cue[i] }

    /// The text code of row `i`'s document.
    package func documentCode(at i: Int) -> Int32 { document[i] }

    /// The mode of row `i` as text.
    package func modeText(at i: Int) -> String? { text(mode[i]) }

    /// The modality code and confidence of row `i`, read without a generic column read in the caller.
    package func modalityCode(at i: Int) -> UInt8 { modality[i] }
    package func confidence(at i: Int) -> Double { confidence[i] }

    /// The sentence index of row `i`.
    package func sentenceIndex(at i: Int) -> Int? {
        if sentenceIndex[i] != Self.none { return Int(sentenceIndex[i]) }
        return wide.isEmpty ? nil : wide[i]?.sentenceIndex
    }

    /// The character range of row `i`.
    package func characterRange(at i: Int) -> Range<Int>? {
        if rangeLower[i] != Self.none { return Int(rangeLower[i])..<Int(rangeUpper[i]) }
        return wide.isEmpty ? nil : wide[i]?.characterRange
    }

    /// ``Relation/sign`` of row `i`, without making the relation.
    @inline(__always)
    package func sign(at i: Int) -> Int {
        switch modality(at: i) {
        case .negated, .plannedThenCancelled: return 0
        default:
            let k = kind(at: i)
            guard k == .request else { return k.sign.rawValue }
            return intensity[i] < 0 ? -1 : intensity[i] > 0 ? 1 : 0
        }
    }

    /// |``Relation/score``| of row `i`, computed as the relation computes it;
    /// `sign`, when given, is the row's sign already.
    @inline(__always)
    package func magnitude(at i: Int, sign: Int? = nil) -> Double {
        Self.magnitude(sign: sign ?? self.sign(at: i), intensity: intensity[i], confidence: confidence[i], weight: weight[i])
    }

    /// |``Relation/score``| from its parts: the one formula the columns and the topology share.
    @inline(__always)
    package static func magnitude(sign: Int, intensity: Double, confidence: Double, weight: Double) -> Double {
        abs(Double(sign) * abs(intensity) * confidence * weight)
    }

    /// Row `i` as a relation, its endpoints named through `actorIDs`.
    package func relation(at i: Int, actorIDs: [ActorID]) -> Relation {
        Relation(
            source: actorIDs[Int(source[i])], target: actorIDs[Int(target[i])], kind: kind(at: i),
            mode: text(mode[i]), modality: modality(at: i), date: date(at: i), confidence: confidence[i],
            intensity: intensity[i], weight: weight[i],
            evidence: Evidence(
                document: document(at: i), sentenceIndex: sentenceIndex(at: i), characterRange: characterRange(at: i),
                sentence: text(sentence[i]), speaker: text(speaker[i]).map(ActorID.init(rawValue:)), cue: text(cue[i])))
    }

    // MARK: Whole columns

    /// The rows at `rows`, in that order, sharing this table of texts.
    package func gathered(_ rows: some Collection<Int>) -> RelationColumns {
        var result = RelationColumns()
        result.texts = texts
        result.reserveCapacity(rows.count)
        for i in rows { result.appendRow(i, of: self, actor: { $0 }, text: { $0 }) }
        return result
    }

    /// Appends row `i` of `other`, its endpoints mapped through `actor` and its text codes through `text`.
    @inline(__always)
    private mutating func appendRow(_ i: Int, of other: RelationColumns, actor: (Int32) -> Int32, text: (Int32) -> Int32) {
        source.append(actor(other.source[i]))
        target.append(actor(other.target[i]))
        kind.append(other.kind[i])
        modality.append(other.modality[i])
        mode.append(text(other.mode[i]))
        date.append(other.date[i])
        confidence.append(other.confidence[i])
        intensity.append(other.intensity[i])
        weight.append(other.weight[i])
        document.append(text(other.document[i]))
        if !other.wide.isEmpty, let position = other.wide[i] { wide[sentenceIndex.count] = position }
        sentenceIndex.append(other.sentenceIndex[i])
        rangeLower.append(other.rangeLower[i])
        rangeUpper.append(other.rangeUpper[i])
        sentence.append(text(other.sentence[i]))
        speaker.append(text(other.speaker[i]))
        cue.append(text(other.cue[i]))
    }

    /// Appends `relation`, its endpoints given as positions, its strings coded through `table`.
    mutating func append(_ relation: Relation, source: Int32, target: Int32, table: inout TextTable) {
        let evidence = relation.evidence
        append(
            source: source, target: target, kind: relation.kind, modality: relation.modality,
            mode: table.code(relation.mode), date: relation.date, confidence: relation.confidence,
            intensity: relation.intensity, weight: relation.weight, document: table.code(evidence.document),
            sentenceIndex: evidence.sentenceIndex, characterRange: evidence.characterRange,
            sentence: table.code(evidence.sentence), speaker: table.code(evidence.speaker?.rawValue),
            cue: table.code(evidence.cue))
    }

    /// Appends the rows of `other`, recoding its texts through `table`
    /// and its endpoints through `actor`.
    mutating func append(_ other: RelationColumns, table: inout TextTable, actor: (Int32) -> Int32) {
        var recode = [Int32](repeating: Self.none, count: other.texts.count)
        func code(_ c: Int32) -> Int32 {
            guard c != Self.none else { return c }
            if recode[Int(c)] == Self.none { recode[Int(c)] = table.code(other.texts[Int(c)]) }
            return recode[Int(c)]
        }
        reserveCapacity(count + other.count)
        for i in 0..<other.count { appendRow(i, of: other, actor: actor, text: code) }
        texts = table.texts
    }
}

/// A table of unique strings being filled: each string gets one code, its position.
package struct TextTable: Sendable {
    package private(set) var texts: [String]
    private var codes: [String: Int32]

    /// A table holding `texts`, which must be unique, at their positions.
    package init(_ texts: [String] = []) {
        self.texts = texts
        codes = Dictionary(texts.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The code of `text`, added when new; ``RelationColumns/none`` for `nil`.
    package mutating func code(_ text: String?) -> Int32 {
        guard let text else { return RelationColumns.none }
        if let known = codes[text] { return known }
        let new = Int32(texts.count)
        texts.append(text)
        codes[text] = new
        return new
    }
}
