import StanceGraph
import Testing

@testable import StanceExtraction

/// Dates from the text: a relation is dated by the time expression of its
/// own clause or a clause above it, counted from the article's date, and
/// otherwise by the article's date.
@Suite("Relation dates from time expressions")
struct TimeExpressionTests {
    /// The distinct dates of the relations a text states (offices aside).
    static func dates(_ text: String, on day: String?, of kind: RelationKind? = nil) -> [String] {
        let document = Document(id: "dates", date: day.flatMap(Day.init), text: text)
        let dates = TestData.extractor.extract(from: document).relations
            .filter { $0.kind != .office && (kind == nil || $0.kind == kind) }.map { $0.date?.description ?? "none" }
        return Array(Set(dates)).sorted()
    }

    static func resolve(_ reference: TimeExpression.Reference, _ today: String?, forward: Bool = false) -> String? {
        TimeExpression(range: 0..<1, reference: reference).day(today: today.flatMap(Day.init), forward: forward)?.description
    }

    @Test("relative expressions resolve across month and year ends")
    func relativeAcrossBoundaries() {
        #expect(Self.resolve(.offset(-1, .day, whole: true), "2024-01-01") == "2023-12-31")
        #expect(Self.resolve(.offset(1, .day, whole: true), "2024-02-28") == "2024-02-29")
        #expect(Self.resolve(.offset(-1, .month, whole: true), "2024-01-15") == "2023-12-01")
        #expect(Self.resolve(.offset(1, .month, whole: true), "2023-12-31") == "2024-01-01")
        #expect(Self.resolve(.offset(-1, .month, whole: false), "2024-03-31") == "2024-02-29")
        #expect(Self.resolve(.offset(-2, .year, whole: false), "2024-02-29") == "2022-02-28")
        // ISO weeks start on Monday: "last week" from Wednesday 2025-01-01 is the week of Monday 2024-12-23.
        #expect(Self.resolve(.offset(-1, .week, whole: true), "2025-01-01") == "2024-12-23")
        #expect(Self.resolve(.offset(-3, .week, whole: false), "2025-01-10") == "2024-12-20")
        #expect(Self.resolve(.offset(-1, .year, whole: true), "2025-06-30") == "2024-01-01")
    }

    @Test("a weekday, month or day without a year is the latest before the article, or the next for an act to come")
    func undatedYear() {
        // 2025-01-02 is a Thursday.
        #expect(Self.resolve(.weekday(1, step: 0), "2025-01-02") == "2024-12-30")
        #expect(Self.resolve(.weekday(1, step: 0), "2025-01-02", forward: true) == "2025-01-06")
        #expect(Self.resolve(.weekday(4, step: 0), "2025-01-02") == "2025-01-02")
        #expect(Self.resolve(.weekday(5, step: 1), "2025-01-02") == "2025-01-03")
        #expect(Self.resolve(.month(11, year: nil), "2025-01-20") == "2024-11-01")
        #expect(Self.resolve(.month(2, year: nil), "2024-12-05", forward: true) == "2025-02-01")
        #expect(Self.resolve(.month(1, year: nil), "2025-01-20") == "2025-01-20")
        #expect(Self.resolve(.dayOfMonth(month: 12, day: 28), "2025-01-03") == "2024-12-28")
        #expect(Self.resolve(.dayOfMonth(month: 1, day: 3), "2024-12-20", forward: true) == "2025-01-03")
        #expect(Self.resolve(.dayOfMonth(month: 2, day: 29), "2025-03-01") == "2024-02-29")
    }

    @Test("a calendar date needs no article date; a relative one does")
    func absoluteAndRelative() {
        #expect(Self.resolve(.date(Day("2015-03-03")!), nil) == "2015-03-03")
        #expect(Self.resolve(.year(2015), nil) == "2015-01-01")
        #expect(Self.resolve(.year(2024), "2024-08-09") == "2024-08-09")
        #expect(Self.resolve(.month(3, year: 2019), nil) == "2019-03-01")
        #expect(Self.resolve(.weekday(2, step: 0), nil) == nil)
        #expect(Self.resolve(.offset(-1, .day, whole: true), nil) == nil)
    }

    @Test("an act of the past named with its year or day is dated then, not on the article's day")
    func pastEvents() {
        #expect(Self.dates("In 2015, Saudi Arabia launched air strikes on Yemen.", on: "2021-03-01") == ["2015-01-01"])
        #expect(Self.dates("Ecuador expelled the Colombian ambassador on 3 March 2019.", on: "2021-03-01") == ["2019-03-03"])
        #expect(Self.dates("Chile signed a trade agreement with Peru on February 12, 2020.", on: "2021-03-01") == ["2020-02-12"])
        #expect(Self.dates("During late 2018 Ankara threatened Athens over the drilling rights.", on: "2021-03-01") == ["2018-01-01"])
        // A calendar date dates an undated article's relation too.
        #expect(Self.dates("In March 2017 Qatar condemned Bahrain for the blockade.", on: nil) == ["2017-03-01"])
    }

    @Test("relative dates count from the article's date")
    func relativeDates() {
        // 2021-03-03 is a Wednesday.
        #expect(Self.dates("Vietnam condemned China on Monday over the sinking of a fishing boat.", on: "2021-03-03") == ["2021-03-01"])
        #expect(Self.dates("Morocco recalled its ambassador to Spain last month.", on: "2021-03-03") == ["2021-02-01"])
        #expect(Self.dates("Two weeks ago Kenya accused Somalia of meddling in its elections.", on: "2021-03-03") == ["2021-02-17"])
        #expect(Self.dates("Yesterday Egypt criticised Ethiopia over the dam.", on: "2021-03-01") == ["2021-02-28"])
        // An act still to come counts forward.
        #expect(Self.dates("Japan will host the South Korean president on Friday.", on: "2021-03-03") == ["2021-03-05"])
    }

    @Test("an expression in another clause does not date the act")
    func otherClause() {
        #expect(Self.dates("Turkey, which had bought Russian missiles in 2019, condemned Greece on Tuesday.", on: "2021-03-04") == ["2021-03-02"])
        #expect(Self.dates("Poland, a member of NATO since 1999, criticised Belarus over the migrants.", on: "2021-03-04") == ["2021-03-04"])
        // "may" is a modal, not a month; "March" alone is no date.
        #expect(Self.dates("Norway may criticise Russia over the fishing quotas.", on: "2021-03-04") == ["2021-03-04"])
    }

    @Test("only an act's own expression counts forward; a reporting clause and a described noun keep the past")
    func forwardOnlyOwn() {
        // 2023-11-28 is a Tuesday: the Monday of the statement is the day before, though the truce is to come.
        #expect(Self.dates("Qatar said on Monday that Israel and Hamas agreed to extend the truce.", on: "2023-11-28", of: .agree) == ["2023-11-27"])
        // A meeting that happened is not moved to the next November, whatever the plan around it.
        #expect(Self.dates("The visit had been planned after the Chinese and American presidents met in November.", on: "2023-02-04", of: .consult).allSatisfy { $0 != "2023-11-01" })
        // The blame came after the strike its noun dates.
        #expect(Self.dates("Iran condemned the April 1 strike on its embassy, which it blamed on Israel.", on: "2024-04-19", of: .accuse) == ["2024-04-19"])
    }
}
