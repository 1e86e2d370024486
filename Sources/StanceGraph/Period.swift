/// How long the periods of a timeline are.
public enum PeriodLength: String, Hashable, Sendable, Codable, CaseIterable {
    /// ISO 8601 weeks: Monday to Sunday, numbered within the ISO week-year.
    case week
    /// Calendar months.
    case month
    /// Calendar quarters: January to March, April to June, and so on.
    case quarter

    /// The period that holds `day`.
    public func period(containing day: Day) -> Period {
        switch self {
        case .week:
            let monday = day.adding(days: 1 - day.weekday)
            // The ISO week-year is the year of the week's Thursday.
            let thursday = monday.adding(days: 3)
            let january1 = Day(year: thursday.year, month: 1, day: 1)!
            let week = (thursday.ordinal - january1.ordinal) / 7 + 1
            return Period(
                length: self, start: monday, end: monday.adding(days: 6),
                label: "\(Period.pad(thursday.year, 4))-W\(Period.pad(week, 2))")
        case .month:
            let start = Day(year: day.year, month: day.month, day: 1)!
            let end = Day(year: day.year, month: day.month, day: Day.length(ofMonth: day.month, year: day.year))!
            return Period(length: self, start: start, end: end, label: "\(Period.pad(day.year, 4))-\(Period.pad(day.month, 2))")
        case .quarter:
            let quarter = (day.month - 1) / 3 + 1
            let start = Day(year: day.year, month: quarter * 3 - 2, day: 1)!
            let end = Day(year: day.year, month: quarter * 3, day: Day.length(ofMonth: quarter * 3, year: day.year))!
            return Period(length: self, start: start, end: end, label: "\(Period.pad(day.year, 4))-Q\(quarter)")
        }
    }

    /// The periods from the one holding `first` to the one holding `last`, back to back.
    ///
    /// - Complexity: O(*p*) in the number of periods.
    public func periods(from first: Day, through last: Day) -> [Period] {
        guard !(last < first) else { return [] }
        var periods = [period(containing: first)]
        while periods[periods.count - 1].end < last {
            periods.append(period(containing: periods[periods.count - 1].end.adding(days: 1)))
        }
        return periods
    }
}

/// One week, month or quarter.
public struct Period: Hashable, Sendable, Comparable {
    public var length: PeriodLength
    /// The first day.
    public var start: Day
    /// The last day (inclusive).
    public var end: Day
    /// `2024-W09`, `2024-03` or `2024-Q1`.
    public var label: String

    /// Whether `day` falls in the period.
    public func contains(_ day: Day) -> Bool { !(day < start) && !(end < day) }

    public static func < (a: Period, b: Period) -> Bool { a.start < b.start }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
