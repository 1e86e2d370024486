/// One stated stance of one actor toward another, with the evidence for it.
public struct Relation: Hashable, Sendable, Codable {
    public var source: ActorID
    public var target: ActorID
    public var kind: RelationKind
    /// A finer description of the kind ("visit", "drone strike", "trade").
    public var mode: String?
    public var modality: Modality
    /// The day the relation refers to, when the text says or implies it.
    public var date: Day?
    /// How sure the extractor or the source is, 0...1.
    public var confidence: Double
    /// Strength on the -10...+10 Goldstein-like scale.
    public var intensity: Double
    /// How many times the source reports it (mentions, articles); 1 for one sentence.
    public var weight: Double
    public var evidence: Evidence

    public init(
        source: ActorID, target: ActorID, kind: RelationKind, mode: String? = nil,
        modality: Modality = .asserted, date: Day? = nil, confidence: Double = 1,
        intensity: Double? = nil, weight: Double = 1, evidence: Evidence
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.mode = mode
        self.modality = modality
        self.date = date
        self.confidence = confidence
        self.intensity = intensity ?? kind.defaultIntensity
        self.weight = weight
        self.evidence = evidence
    }

    /// The kind's sign, or neutral for a negated or called-off relation.
    ///
    /// One convention holds everywhere: the sign agrees with the quad class.
    /// A request is the one kind that can be either, as CAMEO has it: an
    /// appeal (CAMEO 02, "called on Chile to join the pact") is verbal
    /// cooperation and signs +1, a demand (CAMEO 10, "demanded that Chile
    /// withdraw") verbal conflict and signs -1. Its intensity says which:
    /// positive for an appeal, negative for a demand.
    public var sign: Sign {
        switch modality {
        case .negated, .plannedThenCancelled: return .neutral
        default:
            guard kind == .request else { return kind.sign }
            return Sign(of: intensity)
        }
    }

    /// PLOVER's quad class of this relation (1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict), `nil` for an
    /// enduring tie: the kind's, except that an appeal is 1 and a demand 3.
    public var quadClass: Int? {
        guard kind == .request else { return kind.quadClass }
        return intensity < 0 ? 3 : 1
    }

    /// The CAMEO root code closest to the relation: the kind's, except that a
    /// request is 02 (appeal) when cooperative and 10 (demand) when hostile.
    public var cameoRoot: String? {
        guard kind == .request else { return kind.cameoRoot }
        return intensity < 0 ? "10" : "02"
    }

    /// The relation's contribution to a dyad score: signed intensity times
    /// confidence times weight.
    public var score: Double {
        Double(sign.rawValue) * abs(intensity) * confidence * weight
    }

    /// Whether the relation involves `actor` at either end.
    public func involves(_ actor: ActorID) -> Bool { source == actor || target == actor }

    /// What makes two relations the same statement: adding a relation whose
    /// identity is already in the graph changes nothing.
    public struct Identity: Hashable, Sendable {
        public var source: ActorID, target: ActorID, kind: RelationKind
        public var mode: String?, modality: Modality
        public var document: String, sentenceIndex: Int?, characterRange: Range<Int>?
    }

    public var identity: Identity {
        Identity(
            source: source, target: target, kind: kind, mode: mode, modality: modality,
            document: evidence.document, sentenceIndex: evidence.sentenceIndex,
            characterRange: evidence.characterRange)
    }
}

/// How a relation is asserted by the text.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stated as fact.
    case asserted
    /// Stated as not happening ("did not attack"); kept for the record with sign 0.
    case negated
    /// Announced for the future ("will strike", "vowed to continue").
    case intended
    /// Conditional ("would retaliate if").
    case hypothetical
    /// Claimed or reported by someone else ("according to", "said").
    case reported
    /// Planned, then postponed or cancelled ("the visit was postponed").
    case plannedThenCancelled = "planned-then-cancelled"
}

/// Where a relation comes from.
public struct Evidence: Hashable, Sendable, Codable {
    /// The document's id (file name, URL or event id).
    public var document: String
    /// The sentence's position in the document, from 0.
    public var sentenceIndex: Int?
    /// The sentence's offsets in the document, in Unicode scalars (as Python
    /// indexes strings), end exclusive.
    public var characterRange: Range<Int>?
    /// The sentence that states the relation.
    public var sentence: String?
    /// Who made the statement, when it is quoted or reported speech.
    public var speaker: ActorID?
    /// The words that carry the stance ("won't allow any aggression").
    public var cue: String?

    public init(
        document: String, sentenceIndex: Int? = nil, characterRange: Range<Int>? = nil,
        sentence: String? = nil, speaker: ActorID? = nil, cue: String? = nil
    ) {
        self.document = document
        self.sentenceIndex = sentenceIndex
        self.characterRange = characterRange
        self.sentence = sentence
        self.speaker = speaker
        self.cue = cue
    }
}
