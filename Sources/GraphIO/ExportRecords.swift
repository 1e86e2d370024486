import StanceGraph

/// The flat forms of actors, relations and roles that the JSON, GraphML and
/// CSV exports share, so that each carries the same fields under the same names.
struct ActorRecord: Codable, Hashable, Sendable {
    var id: String
    var name: String
    var aliases: [String]
    var kind: String
    var sector: String?
    var state: String?

    init(_ actor: Actor) {
        id = actor.id.rawValue
        name = actor.name
        aliases = actor.aliases
        kind = actor.kind.rawValue
        sector = actor.sector?.rawValue
        state = actor.state?.rawValue
    }

    func actor() throws(FormatError.Problem) -> Actor {
        Actor(
            id: ActorID(id), name: name, aliases: aliases,
            kind: try Self.parse(ActorKind.self, kind, field: "kind"),
            sector: try sector.map { (text) throws(FormatError.Problem) in
                try Self.parse(Sector.self, text, field: "sector")
            },
            state: state.map { ActorID($0) })
    }

    static func parse<Value: RawRepresentable>(_ type: Value.Type, _ text: String, field: String)
        throws(FormatError.Problem) -> Value where Value.RawValue == String
    {
        guard let value = Value(rawValue: text) else { throw .badValue(field: field, value: text) }
        return value
    }
}

/// A relation with its evidence flattened, plus derived fields (sign, quad
/// class, CAMEO root) for tools that cannot compute them; readers ignore those.
///
/// The node-link JSON, GraphML, CSV and Neo4j exports write its fields, and
/// the command line's and the server's JSON answers give relations in this
/// form, so every JSON a user reads names a relation's fields the same way.
public struct RelationRecord: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var kind: String
    public var sign: Int
    public var intensity: Double
    public var modality: String
    public var mode: String?
    public var date: String?
    public var confidence: Double
    public var weight: Double
    public var document: String
    public var sentenceIndex: Int?
    public var characterStart: Int?
    public var characterEnd: Int?
    public var sentence: String?
    public var speaker: String?
    public var cue: String?
    public var quadClass: Int?
    public var cameo: String?

    /// The record of `relation`.
    public init(_ relation: Relation) {
        source = relation.source.rawValue
        target = relation.target.rawValue
        kind = relation.kind.rawValue
        sign = relation.sign.rawValue
        intensity = relation.intensity
        modality = relation.modality.rawValue
        mode = relation.mode
        date = relation.date?.description
        confidence = relation.confidence
        weight = relation.weight
        document = relation.evidence.document
        sentenceIndex = relation.evidence.sentenceIndex
        characterStart = relation.evidence.characterRange?.lowerBound
        characterEnd = relation.evidence.characterRange?.upperBound
        sentence = relation.evidence.sentence
        speaker = relation.evidence.speaker?.rawValue
        cue = relation.evidence.cue
        quadClass = relation.quadClass
        cameo = relation.cameoRoot
    }

    func relation() throws(FormatError.Problem) -> Relation {
        let range: Range<Int>?
        switch (characterStart, characterEnd) {
        case (nil, nil): range = nil
        case (let start?, let end?) where start <= end: range = start..<end
        default:
            throw .badValue(
                field: "characterStart/characterEnd",
                value: "\(characterStart.map(String.init) ?? "none")..\(characterEnd.map(String.init) ?? "none")")
        }
        var day: Day?
        if let date {
            guard let parsed = Day(date) else { throw .badValue(field: "date", value: date) }
            day = parsed
        }
        return Relation(
            source: ActorID(source), target: ActorID(target),
            kind: try ActorRecord.parse(RelationKind.self, kind, field: "kind"), mode: mode,
            modality: try ActorRecord.parse(Modality.self, modality, field: "modality"), date: day,
            confidence: confidence, intensity: intensity, weight: weight,
            evidence: Evidence(
                document: document, sentenceIndex: sentenceIndex, characterRange: range,
                sentence: sentence, speaker: speaker.map { ActorID($0) }, cue: cue))
    }
}

struct RoleRecord: Codable, Hashable, Sendable {
    var holder: String
    var office: String
    var organisation: String
    var from: String?
    var to: String?

    init(_ role: Role) {
        holder = role.holder.rawValue
        office = role.office.rawValue
        organisation = role.organisation.rawValue
        from = role.from?.description
        to = role.to?.description
    }

    func role() throws(FormatError.Problem) -> Role {
        func day(_ text: String?, _ field: String) throws(FormatError.Problem) -> Day? {
            guard let text else { return nil }
            guard let day = Day(text) else { throw .badValue(field: field, value: text) }
            return day
        }
        return Role(
            holder: ActorID(holder),
            office: try ActorRecord.parse(Office.self, office, field: "office"),
            organisation: ActorID(organisation), from: try day(from, "from"), to: try day(to, "to"))
    }
}
