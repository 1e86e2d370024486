/// What a relation says one actor did, said or is to another.
///
/// The first sixteen cases are PLOVER's event types; the rest are enduring
/// ties that event coders do not record. Each kind carries the codes other
/// event data uses, so exports line up with GDELT, ICEWS and PLOVER.
public enum RelationKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    // PLOVER event types.
    case agree, consult, support, concede, cooperate, aid, retreat
    case request, accuse, reject, threaten, protest, sanction, mobilize, coerce, assault
    // Enduring ties.
    case alliance
    case hostility
    case nonAggression = "non-aggression"
    case nonInterference = "non-interference"
    case backing
    case membership
    case office

    /// Cooperative, hostile, or neutral for neither or, for a request, either:
    /// a relation's own ``Relation/sign`` decides a request by its intensity.
    public var sign: Sign {
        switch self {
        case .agree, .consult, .support, .concede, .cooperate, .aid, .retreat,
            .alliance, .nonAggression, .nonInterference, .backing:
            return .cooperative
        case .accuse, .reject, .threaten, .protest, .sanction, .mobilize, .coerce, .assault,
            .hostility:
            return .hostile
        case .request, .membership, .office:
            return .neutral
        }
    }

    /// Whether the relation holds both ways ("arch-enemies Iran and the United States").
    public var isSymmetric: Bool {
        switch self {
        case .alliance, .hostility: return true
        default: return false
        }
    }

    /// PLOVER's quad class: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict; `nil` for enduring ties.
    public var quadClass: Int? {
        switch self {
        case .agree, .consult, .support, .concede: return 1
        case .cooperate, .aid, .retreat: return 2
        case .request, .accuse, .reject, .threaten: return 3
        case .protest, .sanction, .mobilize, .coerce, .assault: return 4
        default: return nil
        }
    }

    /// A typical intensity on the -10...+10 Goldstein-like scale, used when
    /// the source gives none.
    public var defaultIntensity: Double {
        switch self {
        case .agree: return 4.0
        case .consult: return 1.0
        case .support: return 3.5
        case .concede: return 5.0
        case .cooperate: return 6.0
        case .aid: return 7.0
        case .retreat: return 5.0
        case .request: return RelationKind.appealIntensity
        case .accuse: return -2.0
        case .reject: return -4.0
        case .threaten: return -6.0
        case .protest: return -6.5
        case .sanction: return -5.6
        case .mobilize: return -7.2
        case .coerce: return -7.0
        case .assault: return -9.5
        case .alliance: return 8.0
        case .hostility: return -8.0
        case .nonAggression: return 5.0
        case .nonInterference: return 4.0
        case .backing: return 6.0
        case .membership, .office: return 0.0
        }
    }

    /// Goldstein's weight for CAMEO 02, an appeal: a request made as verbal cooperation.
    public static let appealIntensity = 3.0
    /// Goldstein's weight for CAMEO 10, a demand: a request made as verbal conflict.
    public static let demandIntensity = -5.0

    /// The CAMEO root code (two digits) closest to the kind, where one exists.
    public var cameoRoot: String? {
        switch self {
        case .agree: return "03"
        case .consult: return "04"
        case .support: return "05"
        case .cooperate: return "06"
        case .aid: return "07"
        case .concede, .retreat: return "08"
        case .request: return "10"
        case .accuse: return "11"
        case .reject: return "12"
        case .threaten: return "13"
        case .protest: return "14"
        case .mobilize: return "15"
        case .sanction: return "16"
        case .coerce: return "17"
        case .assault: return "18"
        default: return nil
        }
    }

    /// The PLOVER event type name (`ASSAULT`), or `nil` for enduring ties.
    public var ploverType: String? {
        quadClass == nil ? nil : rawValue.uppercased()
    }

    /// Whether this is one of PLOVER's event types rather than an enduring tie.
    public var isEvent: Bool { quadClass != nil }

    /// Whether the kind is a pledge about future conduct (drawn dashed).
    public var isPledge: Bool { self == .nonAggression || self == .nonInterference }

    public static func < (a: RelationKind, b: RelationKind) -> Bool {
        a.order < b.order
    }

    /// The kind's position in ``allCases``: the canonical order.
    ///
    /// A switch, not a table keyed by kind: a raw-value enum hashes its raw
    /// string, and sorting a million relations asked for the order of each.
    package var order: Int {
        switch self {
        case .agree: 0
        case .consult: 1
        case .support: 2
        case .concede: 3
        case .cooperate: 4
        case .aid: 5
        case .retreat: 6
        case .request: 7
        case .accuse: 8
        case .reject: 9
        case .threaten: 10
        case .protest: 11
        case .sanction: 12
        case .mobilize: 13
        case .coerce: 14
        case .assault: 15
        case .alliance: 16
        case .hostility: 17
        case .nonAggression: 18
        case .nonInterference: 19
        case .backing: 20
        case .membership: 21
        case .office: 22
        }
    }

    /// Hashes the case's position rather than its raw string (the default
    /// of a raw-value enum), so sets and tables keyed by kind hash an integer.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(order)
    }
}
