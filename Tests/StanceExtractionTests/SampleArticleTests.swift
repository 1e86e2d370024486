import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

/// One line of a sample's `NAME.expected.tsv`: a relation the article states,
/// or (polarity `negated`) one it explicitly denies.
struct ExpectedRelation: CustomStringConvertible {
    enum Polarity: String { case asserted, intended, reported, cancelled, negated }
    var source: ActorID
    var target: ActorID
    var kind: RelationKind
    var polarity: Polarity
    var evidence: String
    var line: Int

    var description: String { "line \(line): \(source) \(kind.rawValue) \(target) (\(polarity.rawValue)) \"\(evidence)\"" }

    /// Whether a rolled-up relation is this one; symmetric kinds match either way round.
    func matches(_ relation: Relation) -> Bool {
        relation.kind == kind
            && ((relation.source == source && relation.target == target)
                || (kind.isSymmetric && relation.source == target && relation.target == source))
    }
}

/// The team's sample articles in `Data/samples`, each with the relations it must yield.
struct SampleArticle: CustomTestStringConvertible, Sendable {
    var name: String
    var testDescription: String { name }

    static var all: [SampleArticle] {
        let folder = TestData.data.appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { SampleArticle(name: String($0.dropLast(4))) }
    }

    var folder: URL { TestData.data.appendingPathComponent("samples") }

    func expected() throws -> [ExpectedRelation] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).expected.tsv"), encoding: .utf8)
        var result: [ExpectedRelation] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let kind = try #require(fields.count == 5 ? RelationKind(rawValue: fields[2]) : nil, "\(name).expected.tsv:\(n + 1)")
            let polarity = try #require(ExpectedRelation.Polarity(rawValue: fields[3]), "\(name).expected.tsv:\(n + 1)")
            result.append(ExpectedRelation(
                source: ActorID(fields[0]), target: ActorID(fields[1]), kind: kind, polarity: polarity,
                evidence: fields[4], line: n + 1))
        }
        return result
    }

    /// The rolled-up graph the extractor draws from the article.
    func extract() throws -> RelationGraph {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let document = try DocumentReader.plainText(text, id: "\(name).txt")
        let result = TestData.extractor.extract(from: document)
        return TestData.extractor.graph(from: [result]).rolledUp()
    }
}

@Suite("The sample articles in Data/samples")
struct SampleArticleTests {
    @Test("there are samples, each with an expectation file")
    func present() throws {
        let samples = SampleArticle.all
        #expect(samples.count >= 6)
        for sample in samples {
            #expect(try !sample.expected().isEmpty, "\(sample.name)")
        }
    }

    @Test("every stated relation is found", arguments: SampleArticle.all)
    func stated(_ sample: SampleArticle) throws {
        let graph = try sample.extract()
        for line in try sample.expected() where line.polarity != .negated {
            let found = graph.relations.contains(where: line.matches)
            #expect(found, "missing \(line)")
        }
    }

    @Test("no denied relation is coded as that relation", arguments: SampleArticle.all)
    func denied(_ sample: SampleArticle) throws {
        let graph = try sample.extract()
        for line in try sample.expected() where line.polarity == .negated {
            let coded = graph.relations.filter { line.matches($0) && $0.modality != .negated }
            #expect(coded.isEmpty, "coded although denied: \(line): \(coded.map { $0.evidence.cue ?? "" })")
        }
    }

    @Test("called-off plans come out as planned then cancelled", arguments: SampleArticle.all)
    func cancelled(_ sample: SampleArticle) throws {
        let graph = try sample.extract()
        for line in try sample.expected() where line.polarity == .cancelled {
            let found = graph.relations.contains { line.matches($0) && $0.modality == .plannedThenCancelled }
            #expect(found, "not cancelled: \(line)")
        }
    }

    @Test("no state-level hostile relation beyond those listed", arguments: SampleArticle.all)
    func noExtraHostility(_ sample: SampleArticle) throws {
        let graph = try sample.extract()
        let expected = try sample.expected().filter { $0.polarity != .negated }
        for relation in graph.relations where relation.kind.sign == .hostile && relation.modality != .negated {
            guard graph[relation.source]?.kind == .state, graph[relation.target]?.kind == .state else { continue }
            let listed = expected.contains { $0.matches(relation) }
            #expect(listed,
                "unlisted: \(relation.source) \(relation.kind.rawValue) \(relation.target) from \"\(relation.evidence.cue ?? "")\" in: \(relation.evidence.sentence ?? "")")
        }
    }
}
