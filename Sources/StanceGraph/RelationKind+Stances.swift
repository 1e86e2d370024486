/// Which kinds of relation count toward each standing query.
extension RelationKind {
    /// The kinds that back their target: support (praise, endorsement),
    /// aid (material, military or humanitarian), alliance (a defence pact or
    /// declared alliance, symmetric) and backing (sponsorship of a party or
    /// armed group). ``RelationGraph/supporters(of:)`` counts these.
    public static let supporting: Set<RelationKind> = [.support, .aid, .alliance, .backing]

    /// The cooperative kinds that are not support: agree, consult, concede,
    /// cooperate, retreat, non-aggression and non-interference, and a request
    /// made as an appeal (a cooperative request).
    /// ``RelationGraph/cooperators(of:)`` counts these.
    public static let cooperating: Set<RelationKind> = [
        .agree, .consult, .concede, .cooperate, .retreat, .nonAggression, .nonInterference, .request,
    ]

    /// The hostile kinds: accuse, reject, threaten, protest, sanction,
    /// mobilize, coerce, assault and hostility (symmetric), and a request made
    /// as a demand (a hostile request). ``RelationGraph/opponents(of:)`` counts these.
    public static let hostile: Set<RelationKind> = [
        .accuse, .reject, .threaten, .protest, .sanction, .mobilize, .coerce, .assault, .hostility, .request,
    ]

    /// Whether the kind backs its target (see ``supporting``).
    public var isSupporting: Bool {
        switch self {
        case .support, .aid, .alliance, .backing: true
        default: false
        }
    }
}

/// A set of relation kinds as one bit per kind, for a scan that tests the
/// kind of every relation it visits without hashing.
struct KindMask: Equatable, Sendable {
    var bits: UInt32

    static let all = KindMask(bits: .max)

    init(bits: UInt32) { self.bits = bits }

    init(_ kinds: some Sequence<RelationKind>) {
        bits = kinds.reduce(0) { $0 | 1 << UInt32($1.order) }
    }

    @inline(__always)
    func contains(_ kind: RelationKind) -> Bool { bits & 1 << UInt32(kind.order) != 0 }
}
