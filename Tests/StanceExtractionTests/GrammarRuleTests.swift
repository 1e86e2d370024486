import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

/// One-sentence articles for the argument-finding rules: demands with a
/// that-clause, threats with an infinitive, objects through "of", coordinated
/// objects, shared subjects after "but", mutual talks and ethnic groups.
@Suite("Grammar rules for sources and targets")
struct GrammarRuleTests {
    static func graph(_ text: String) -> RelationGraph {
        let document = Document(id: "test", date: Day("2021-03-01"), text: text)
        let result = TestData.extractor.extract(from: document)
        return TestData.extractor.graph(from: [result])
    }

    static func coded(_ text: String) -> Set<Coded> { graph(text).coded() }

    @Test("relations a sentence must give", arguments: [
        ("Egypt said on Monday that Ethiopia must halt the filling of the dam.", "EGY request ETH"),
        ("Russia demanded that Ukraine pull back its forces from the border.", "RUS request UKR"),
        ("Turkey threatened on Tuesday to cut off water supplies to Syria.", "TUR threaten SYR"),
        ("Indian troops shelled positions of the Pakistani army overnight.", "IND assault PAK"),
        ("Kenya closed its borders with Somalia and Ethiopia.", "KEN sanction SOM"),
        ("Kenya closed its borders with Somalia and Ethiopia.", "KEN sanction ETH"),
        ("Officials in Ankara accused Greece of provocations.", "TUR accuse GRC"),
        ("Pakistan held talks with Afghanistan on Friday.", "PAK consult AFG"),
        ("Pakistan held talks with Afghanistan on Friday.", "AFG consult PAK"),
        ("Iran defended Syria and Lebanon against Western criticism.", "IRN support LBN"),
        ("Algeria reopened its consulate in Oran last year, but is still refusing entry to Moroccan trucks.", "DZA coerce MAR"),
        ("The French army sped up the withdrawal of its troops from Niger.", "FRA retreat NER"),
        ("The Serbian and Croatian delegations of the joint border commission agreed to reopen the crossing.", "HRV agree SRB"),
        ("Ghana will withdraw its engineers from Mali unless the junta sets an election date.", "GHA threaten MLI"),
        ("The Syrian army began shelling Turkish positions near the border.", "SYR assault TUR"),
    ])
    func mustGive(_ text: String, _ expected: String) {
        let found = Self.coded(text).map(\.description)
        #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
    }

    @Test("relations a sentence must not give", arguments: [
        // The content of a demand is not asserted.
        ("Russia demanded that Ukraine pull back its forces from the border.", "UKR retreat"),
        // A people is not the state of the same name.
        ("Police in Skopje detained two ethnic Albanians.", "ALB"),
        // "alleged" before a noun accuses no one.
        ("Libya must hand over the alleged bombers of the American airliner, Britain said.", "accuse"),
        // A visit, unlike talks, goes one way.
        ("The Gambian president will visit Senegal next week.", "SEN consult"),
        // A promise on a condition is no retreat.
        ("Ghana will withdraw its engineers from Mali unless the junta sets an election date.", "retreat"),
    ])
    func mustNotGive(_ text: String, _ unwanted: String) {
        let found = Self.coded(text).map(\.description)
        #expect(!found.contains { $0.contains(unwanted) }, "\(unwanted) in \(found.sorted())")
    }
}
