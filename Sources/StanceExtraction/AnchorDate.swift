import StanceGraph

/// The date an undated article is read as of: the latest start among the
/// offices of the persons it names, provided all those offices overlap and
/// one of them has ended. "Iranian President Hassan Rouhani" and "Iraq's
/// prime minister Kadhimi" together place an undated article after May 2020
/// and before August 2021. Persons all still in office date nothing: the
/// article is read as of today, so "Kenyan President William Ruto" is not
/// read as of 2013, when his first office (deputy president) began.
enum AnchorDate {
    /// The inferred day, or nil when the named persons' offices do not overlap, all are still
    /// held, or none is named.
    static func infer(from mentions: [[Mention]], knowledge: Knowledge) -> Day? {
        var lower: Day?, upper: Day?
        var seen = Set<ActorID>()
        for mention in mentions.joined() {
            guard case .name = mention.kind, let id = mention.actor, knowledge.actors[id]?.kind == .person,
                seen.insert(id).inserted
            else { continue }
            let roles = knowledge.roles(of: id)
            guard !roles.isEmpty else { continue }
            let from = roles.compactMap(\.from).min()
            let to = roles.contains { $0.to == nil } ? nil : roles.compactMap(\.to).max()
            if let from { lower = max(lower ?? from, from) }
            if let to { upper = min(upper ?? to, to) }
        }
        guard let lower, let upper, lower <= upper else { return nil }
        return lower
    }
}
