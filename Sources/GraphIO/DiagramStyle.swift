import StanceGraph

/// The colours, shapes and line styles the diagrams share, and the words the
/// legends use for them.
enum DiagramStyle {
    static let hostile = "#c0392b"
    static let cooperative = "#1e8449"
    /// Cooperative enduring ties (alliance, backing, pledges).
    static let cooperativeTie = "#2563eb"
    static let neutral = "#7f8c8d"
    static let font = "Helvetica"

    /// Fill colours for blocs, cycled when there are more blocs.
    static let blocPalette = [
        "#fde2e4", "#dbeafe", "#dcfce7", "#fef9c3", "#ede9fe", "#ffedd5", "#cffafe", "#f5f5f4",
    ]

    static func blocColour(_ bloc: Int) -> String {
        blocPalette[((bloc % blocPalette.count) + blocPalette.count) % blocPalette.count]
    }

    /// The Graphviz shape of each actor kind.
    static func shape(of kind: ActorKind) -> String {
        switch kind {
        case .state: return "box"
        case .sector: return "box"
        case .person: return "ellipse"
        case .party: return "house"
        case .armedGroup: return "octagon"
        case .organisation: return "component"
        case .igo: return "hexagon"
        }
    }

    /// Extra node style beyond `filled`.
    static func nodeStyle(of kind: ActorKind) -> String {
        kind == .sector ? "rounded,filled" : "filled"
    }

    /// How the legend names an actor kind and its shape.
    static func legendEntry(for kind: ActorKind) -> String {
        switch kind {
        case .state: return "box: state"
        case .sector: return "rounded box: part of a state"
        case .person: return "ellipse: person"
        case .party: return "house: party"
        case .armedGroup: return "octagon: armed group"
        case .organisation: return "component: organisation"
        case .igo: return "hexagon: intergovernmental body"
        }
    }

    /// The line colour for a sign; cooperative ties are blue, cooperative events green.
    static func colour(sign: Int, enduringTie: Bool) -> String {
        switch sign {
        case ..<0: return hostile
        case 1...: return enduringTie ? cooperativeTie : cooperative
        default: return neutral
        }
    }

    /// A relation's tag for its modality, empty when asserted.
    static func modalityTag(_ modality: Modality) -> String {
        switch modality {
        case .asserted: return ""
        case .negated: return "denied"
        case .intended: return "intended"
        case .hypothetical: return "conditional"
        case .reported: return "reported"
        case .plannedThenCancelled: return "called off"
        }
    }

    /// Whether a relation is drawn dashed: a pledge about future conduct.
    static func isPledge(_ relation: Relation) -> Bool {
        relation.kind.isPledge || relation.modality == .intended
            || relation.modality == .hypothetical
    }

    /// Whether a relation is drawn dotted: reported or claimed by someone else.
    static func isReported(_ relation: Relation) -> Bool { relation.modality == .reported }
}
