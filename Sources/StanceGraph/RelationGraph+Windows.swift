/// How long each time window is.
public enum WindowLength: Hashable, Sendable, Codable {
    /// Calendar months.
    case month
    /// A fixed number of days, counted from the earliest relation's date.
    case days(Int)
}

/// The balance measures of the relations dated within one window.
public struct BalanceWindow: Hashable, Sendable, Codable {
    /// First day of the window.
    public var start: Day
    /// Last day of the window (inclusive).
    public var end: Day
    /// Dated relations in the window (all relations up to `end` when cumulative).
    public var relationCount: Int
    /// Triad counts of the window's signed projection.
    public var census: TriadCensus
    /// The frustration index (count) of the window's signed projection.
    public var frustration: Double
    /// Whether `frustration` is proven least.
    public var frustrationIsExact: Bool
    /// The window's ties: every tie, or the requested pairs that have one.
    public var ties: [SignedTie]
}

extension RelationGraph {
    /// The balance measures window by window over the relations' dates, so
    /// that changes in balance and in dyad scores show.
    ///
    /// Windows run back to back from the earliest to the latest dated
    /// relation, empty ones included; undated relations are left out. Each
    /// window's graph is ``filtered(by:)`` with `since` and `until`, or with
    /// only `until` when `cumulative` (everything stated so far).
    ///
    /// - Parameters:
    ///   - pairs: the dyads whose ties to report; every tie when `nil`.
    /// - Complexity: O(*w* x (*n* log *n* + *t*^1.5)) for *w* windows, plus
    ///   the frustration search per window.
    public func balanceOverTime(
        window: WindowLength = .month, weighting: ProjectionWeighting = .score,
        pairs: [(ActorID, ActorID)]? = nil, cumulative: Bool = false, seed: UInt64 = 1
    ) -> [BalanceWindow] {
        let dates = relations.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return [] }
        var windows: [BalanceWindow] = []
        var start = first
        if case .month = window { start = Day(year: first.year, month: first.month, day: 1)! }
        while !(last < start) {
            let end: Day
            switch window {
            case .month:
                end = Day(year: start.year, month: start.month, day: Day.length(ofMonth: start.month, year: start.year))!
            case .days(let length):
                end = start.adding(days: max(1, length) - 1)
            }
            let part = filtered(by: RelationFilter(since: cumulative ? nil : start, until: end))
            let projection = part.signedProjection(weighting: weighting)
            let frustration = projection.frustration(seed: seed)
            let ties: [SignedTie]
            if let pairs {
                ties = pairs.compactMap { projection.tie(between: $0.0, and: $0.1) }
            } else {
                ties = projection.ties
            }
            windows.append(
                BalanceWindow(
                    start: start, end: end,
                    relationCount: part.relations.count, census: projection.triadCensus(),
                    frustration: frustration.value, frustrationIsExact: frustration.isExact, ties: ties))
            start = end.adding(days: 1)
        }
        return windows
    }
}
