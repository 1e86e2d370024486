import Dispatch
import Foundation
import StanceGraph

/// What extraction found in one document.
public struct DocumentExtraction: Sendable {
    public var document: String
    /// The date roles were resolved against: the document's, or one inferred
    /// from the offices of the persons it names.
    public var anchorDate: Day?
    public var sentenceCount: Int
    public var relations: [Relation]
}

/// Turns news articles into relations with evidence.
///
/// Deterministic: the same documents give the same relations in the same
/// order, whatever the number of threads.
public struct Extractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    /// The relations one article states.
    ///
    /// - Complexity: O(*n*) in the article's length, for a fixed lexicon.
    public func extract(from document: Document) -> DocumentExtraction {
        var analysis = DocumentAnalysis(knowledge: knowledge, document: document)
        analysis.splitCompounds()
        analysis.indexWords()
        analysis.markQuotes()
        analysis.splitSentences()
        analysis.findMentions()
        analysis.inferAnchor()
        analysis.resolveReferences()
        analysis.attributeQuotes()
        return DocumentExtraction(
            document: document.id, anchorDate: analysis.anchor, sentenceCount: analysis.sentences.count,
            relations: analysis.relations())
    }

    /// Extracts from many articles on all cores; results are in input order.
    public func extract(from documents: [Document], threads: Int? = nil) -> [DocumentExtraction] {
        let workers = max(1, min(threads ?? ProcessorCount.available, documents.count))
        if workers == 1 { return documents.map(extract(from:)) }
        let results = ResultSlots<DocumentExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.store(extract(from: documents[i]), at: i)
        }
        return results.values
    }

    /// A graph of the relations with the actors they name, their states,
    /// and the roles of the persons among them.
    public func graph(from extractions: [DocumentExtraction]) -> RelationGraph {
        let relations = extractions.flatMap(\.relations)
        var ids = Set<ActorID>()
        for relation in relations {
            ids.insert(relation.source)
            ids.insert(relation.target)
            if let speaker = relation.evidence.speaker { ids.insert(speaker) }
        }
        var roles: [Role] = []
        for id in ids where knowledge.actors[id]?.kind == .person {
            for role in knowledge.roles(of: id) {
                roles.append(role)
            }
        }
        for role in roles { ids.insert(role.organisation) }
        for id in Array(ids) { if let state = knowledge.actors[id]?.state { ids.insert(state) } }
        let actors = ids.compactMap { knowledge.actors[$0] }
        // Every id above comes from the knowledge, so nothing is unknown.
        return try! RelationGraph(actors: actors, roles: roles, relations: relations)
    }
}

enum ProcessorCount {
    static var available: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Fixed slots filled from many threads, each slot once.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLockShim()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
