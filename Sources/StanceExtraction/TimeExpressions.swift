import EnglishSyntax
import StanceGraph

/// A word of a time expression, from `lexicon/time.tsv`.
enum TimeWord: Hashable, Sendable {
    /// A month's name; written capitalised ("May", not the modal "may").
    case month(Int)
    /// ISO 8601 weekday: 1 is Monday.
    case weekday(Int)
    /// A day named by its offset from the article's ("yesterday": -1).
    case day(Int)
    case unit(TimeUnit)
    /// Before, at or after the article's period ("last", "this", "next").
    case step(Int)
    case ago
    case number(Int)
    /// A preposition opening a dated expression ("on", "in", "during").
    case at
    /// A word between the preposition and a month or year ("early", "late").
    case fuzzy

    static let categories = ["month", "weekday", "day", "unit", "step", "ago", "number", "at", "fuzzy"]

    init?(category: String, value: String) {
        let number = Int(value)
        switch (category, number) {
        case ("month", let n?) where (1...12).contains(n): self = .month(n)
        case ("weekday", let n?) where (1...7).contains(n): self = .weekday(n)
        case ("day", let n?): self = .day(n)
        case ("step", let n?) where (-1...1).contains(n): self = .step(n)
        case ("number", let n?) where n > 0: self = .number(n)
        case ("unit", _):
            guard let unit = TimeUnit(rawValue: value) else { return nil }
            self = .unit(unit)
        case ("ago", nil) where value == "-": self = .ago
        case ("at", nil) where value == "-": self = .at
        case ("fuzzy", nil) where value == "-": self = .fuzzy
        default: return nil
        }
    }
}

enum TimeUnit: String, Hashable, Sendable {
    case day, week, month, year
}

/// A time expression of a sentence: the words it spans and what it names.
struct TimeExpression: Hashable, Sendable {
    /// Token indices into the segmentation.
    var range: Range<Int>
    var reference: Reference

    /// What an expression names, before it is resolved against the article's date.
    enum Reference: Hashable, Sendable {
        /// "on 3 March 2015", "March 3, 2015": a day of the calendar.
        case date(Day)
        /// "on 3 March": a day of a month, the year the article's.
        case dayOfMonth(month: Int, day: Int)
        /// "in March 2015", "in March", "last March": a month, dated from its first day.
        case month(Int, year: Int?)
        /// "in 2015": a year, dated from its first day.
        case year(Int)
        /// "on Monday"; "last Monday" (`step` -1) and "next Monday" (1)
        /// say which way to count, where 0 leaves that to the act.
        case weekday(Int, step: Int)
        /// "yesterday", "last week", "two months ago": `count` units from the
        /// article's date (negative: before it). A whole unit stepped ("last
        /// month") is dated from its first day; a count of units ("a month
        /// ago"), from the same day.
        case offset(Int, TimeUnit, whole: Bool)
    }

    /// The day the expression names, read in an article of `today`.
    ///
    /// A day, month or weekday without a year is the latest one on or before
    /// the article's date, or for an act still to come (`forward`), the
    /// first on or after it. A period that holds the article's date ("in
    /// 2024" in a 2024 article, "this month") says no more than the
    /// article's date does: the article's date then.
    ///
    /// - Returns: nil when the expression is relative and the article has no date.
    func day(today: Day?, forward: Bool) -> Day? {
        switch reference {
        case .date(let day):
            return day
        case .year(let year):
            if let today, today.year == year { return today }
            return Day(year: year, month: 1, day: 1)
        case .month(let month, let year?):
            if let today, today.year == year, today.month == month { return today }
            return Day(year: year, month: month, day: 1)
        case .month(let month, nil):
            guard let today else { return nil }
            if today.month == month { return today }
            let year = (forward ? month < today.month : month > today.month) ? today.year + (forward ? 1 : -1) : today.year
            return Day(year: year, month: month, day: 1)
        case .dayOfMonth(let month, let day):
            guard let today, let candidate = Day(year: today.year, month: month, day: day)
                ?? Day(year: today.year - 1, month: month, day: day) else { return nil }
            if forward, candidate < today { return Day(year: today.year + 1, month: month, day: day) ?? candidate }
            if !forward, today < candidate { return Day(year: today.year - 1, month: month, day: day) ?? candidate }
            return candidate
        case .weekday(let weekday, let step):
            guard let today else { return nil }
            let forward = step == 0 ? forward : step > 0
            let days = forward ? (weekday - today.weekday + 7) % 7 : -((today.weekday - weekday + 7) % 7)
            return today.adding(days: days)
        case .offset(let count, let unit, let whole):
            guard let today else { return nil }
            if count == 0 { return today }
            switch unit {
            case .day: return today.adding(days: count)
            case .week:
                let day = today.adding(days: 7 * count)
                return whole ? day.adding(days: 1 - day.weekday) : day
            case .month:
                let day = today.adding(months: count)
                return whole ? Day(year: day.year, month: day.month, day: 1) : day
            case .year:
                let day = today.adding(months: 12 * count)
                return whole ? Day(year: day.year, month: 1, day: 1) : day
            }
        }
    }
}

extension TimeExpression {
    /// The time expressions of a sentence, left to right, none overlapping.
    ///
    /// What is read (words from `lexicon/time.tsv`; months and weekdays
    /// capitalised; a year four digits from 1900 to 2199):
    /// - a calendar day: "3 March 2015", "March 3, 2015", "3 March", "March 3rd";
    /// - a month: "March 2015"; "in March", "in early March" (after a preposition);
    /// - a year after a preposition: "in 2015", "during late 2015";
    /// - a weekday: "on Monday", "Monday", "last Monday";
    /// - a day by name: "yesterday", "tomorrow";
    /// - a stepped unit or month: "last week", "next month", "this year", "last March";
    /// - a count back: "two days ago", "a year ago", "3 weeks ago".
    static func find(in range: Range<Int>, segmentation: Segmentation, knowledge: Knowledge) -> [TimeExpression] {
        var found: [TimeExpression] = []
        let reader = Reader(segmentation: segmentation, knowledge: knowledge, end: range.upperBound)
        var i = range.lowerBound
        while i < range.upperBound {
            if let expression = reader.read(at: i) {
                found.append(expression)
                i = expression.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Reads one expression starting at a token.
    private struct Reader {
        let segmentation: Segmentation
        let knowledge: Knowledge
        let end: Int

        func words(_ i: Int) -> [TimeWord] {
            guard i < end, segmentation.isWord(i) else { return [] }
            return knowledge.timeWords[segmentation.key(i)] ?? []
        }

        func month(_ i: Int) -> Int? {
            guard segmentation.isCapitalized(i) else { return nil }
            for case .month(let m) in words(i) { return m }
            return nil
        }

        func weekday(_ i: Int) -> Int? {
            guard segmentation.isCapitalized(i) else { return nil }
            for case .weekday(let d) in words(i) { return d }
            return nil
        }

        func has(_ i: Int, _ word: TimeWord) -> Bool { words(i).contains(word) }

        /// A whole number written in digits, with an ordinal's suffix allowed ("3rd").
        func integer(_ i: Int) -> Int? {
            guard i < end, segmentation.isWord(i) else { return nil }
            var text = segmentation.word(i).lowercased()
            for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) && text.count > 2 {
                text.removeLast(2)
                break
            }
            guard text.count <= 4, text.allSatisfy(\.isASCII) else { return nil }
            return Int(text)
        }

        func year(_ i: Int) -> Int? {
            guard let n = integer(i), segmentation.word(i).count == 4, (1900...2199).contains(n) else { return nil }
            return n
        }

        func dayOfMonth(_ i: Int) -> Int? {
            guard let n = integer(i), (1...31).contains(n) else { return nil }
            return n
        }

        func count(_ i: Int) -> Int? {
            for case .number(let n) in words(i) { return n }
            guard let n = integer(i), segmentation.isNumber(i), n > 0, n < 1000 else { return nil }
            return n
        }

        func unit(_ i: Int) -> TimeUnit? {
            for case .unit(let u) in words(i) { return u }
            return nil
        }

        func step(_ i: Int) -> Int? {
            for case .step(let s) in words(i) { return s }
            return nil
        }

        func skipComma(_ i: Int) -> Int { i < end && segmentation.key(i) == "," ? i + 1 : i }

        func read(at start: Int) -> TimeExpression? {
            let afterPreposition = start > 0 && has(start - 1, .at)
            // "3 March 2015", "3 March"
            if let d = dayOfMonth(start), let m = month(start + 1) {
                if let y = year(start + 2), let day = Day(year: y, month: m, day: d) {
                    return TimeExpression(range: start..<(start + 3), reference: .date(day))
                }
                return TimeExpression(range: start..<(start + 2), reference: .dayOfMonth(month: m, day: d))
            }
            if let m = month(start) {
                // "March 3, 2015", "March 3rd"
                if let d = dayOfMonth(start + 1), year(start + 1) == nil {
                    let after = skipComma(start + 2)
                    if let y = year(after), let day = Day(year: y, month: m, day: d) {
                        return TimeExpression(range: start..<(after + 1), reference: .date(day))
                    }
                    return TimeExpression(range: start..<(start + 2), reference: .dayOfMonth(month: m, day: d))
                }
                // "March 2015"
                if let y = year(skipComma(start + 1)) {
                    return TimeExpression(range: start..<(skipComma(start + 1) + 1), reference: .month(m, year: y))
                }
                // "in March", "in early March"
                if afterPreposition || (start > 1 && has(start - 1, .fuzzy) && has(start - 2, .at)) {
                    return TimeExpression(range: start..<(start + 1), reference: .month(m, year: nil))
                }
                return nil
            }
            // "in 2015", "in early 2015"
            if let y = year(start), afterPreposition || (start > 1 && has(start - 1, .fuzzy) && has(start - 2, .at)) {
                return TimeExpression(range: start..<(start + 1), reference: .year(y))
            }
            if let w = weekday(start) { return TimeExpression(range: start..<(start + 1), reference: .weekday(w, step: 0)) }
            for case .day(let offset) in words(start) {
                return TimeExpression(range: start..<(start + 1), reference: .offset(offset, .day, whole: true))
            }
            // "last week", "next month", "last Monday", "last March"
            if let s = step(start) {
                if let u = unit(start + 1), [.week, .month, .year].contains(u), !segmentation.key(start + 1).hasSuffix("s") {
                    return TimeExpression(range: start..<(start + 2), reference: .offset(s, u, whole: true))
                }
                if s != 0, let w = weekday(start + 1) {
                    return TimeExpression(range: start..<(start + 2), reference: .weekday(w, step: s))
                }
                if s == -1, let m = month(start + 1) {
                    return TimeExpression(range: start..<(start + 2), reference: .month(m, year: nil))
                }
                return nil
            }
            // "two days ago"
            if let n = count(start), let u = unit(start + 1), has(start + 2, .ago) {
                return TimeExpression(range: start..<(start + 3), reference: .offset(-n, u, whole: false))
            }
            return nil
        }
    }
}
