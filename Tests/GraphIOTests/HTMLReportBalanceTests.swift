import Foundation
import StanceGraph
import Testing

@testable import GraphIO

@Suite("Balance facts in the HTML report")
struct HTMLReportBalanceTests {
    @Test("the page carries the unbalanced triads of the graph, in words")
    func triads() throws {
        let iran = Actor(id: "IRN", name: "Iran", kind: .state)
        let iraq = Actor(id: "IRQ", name: "Iraq", kind: .state)
        let usa = Actor(id: "USA", name: "United States", kind: .state)
        func relation(_ s: ActorID, _ t: ActorID, _ kind: RelationKind, _ n: Int) -> Relation {
            Relation(source: s, target: t, kind: kind, evidence: Evidence(document: "d", sentenceIndex: n))
        }
        let graph = try RelationGraph(
            actors: [iran, iraq, usa],
            relations: [relation("IRQ", "IRN", .nonAggression, 0), relation("IRN", "USA", .hostility, 1), relation("IRQ", "USA", .alliance, 2)])
        let page = try HTMLReportTests.page(graph)
        let data = try #require(try HTMLReportTests.dataBlock(page).data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let triads = try #require(object["unbalancedTriads"] as? [String])
        #expect(triads == ["Iran + Iraq, Iran \u{2212} United States, Iraq + United States"])
        #expect(page.contains("id=\"gs-triads\""))

        let balanced = try RelationGraph(actors: [iran, iraq, usa], relations: [relation("IRQ", "IRN", .alliance, 0)])
        let quiet = try HTMLReportTests.dataBlock(try HTMLReportTests.page(balanced))
        #expect(quiet.contains("\"unbalancedTriads\":[]"))
    }
}
