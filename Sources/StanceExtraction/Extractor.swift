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
    /// Offices the text states for persons the gazetteer has none for on
    /// the day ("China's top diplomat Wang Yi"): held on the article's date.
    public var statedRoles: [Role] = []
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
    /// The stages, each a value the next reads: the text split into words
    /// and sentences (``Segmentation``); the mentions of actors, resolved
    /// against the article's date or one inferred from the offices it
    /// names (``MentionFinder``, ``AnchorDate``); references resolved
    /// (``Coreference``); quotations attributed (``Attribution``); the
    /// sentences that can state a relation parsed (``SentenceParses``); and
    /// cues, their polarity and arguments made into relations
    /// (``RelationBuilder``).
    ///
    /// - Complexity: O(*n*) in the article's length, for a fixed lexicon.
    public func extract(from document: Document) -> DocumentExtraction {
        let segmentation = Segmentation(text: document.text, knowledge: knowledge)
        var anchor = document.date
        var finder = MentionFinder(segmentation: segmentation, knowledge: knowledge, anchor: anchor)
        var found = finder.mentions()
        if anchor == nil, let inferred = AnchorDate.infer(from: found, knowledge: knowledge) {
            // Titles and names several persons share resolve against the inferred date.
            anchor = inferred
            finder = MentionFinder(segmentation: segmentation, knowledge: knowledge, anchor: anchor)
            found = finder.mentions()
        }
        let unnamed = UnnamedPeople(segmentation: segmentation, mentions: found, knowledge: knowledge)
        let mentions = Coreference(segmentation: segmentation, knowledge: knowledge, finder: finder, unnamed: unnamed).resolve(found)
        let attribution = Attribution(segmentation: segmentation, mentions: mentions, unnamed: unnamed)
        let parses = SentenceParses(segmentation: segmentation, mentions: mentions, knowledge: knowledge, attribution: attribution)
        let relations = RelationBuilder(
            document: document, knowledge: knowledge, segmentation: segmentation, mentions: mentions, parses: parses,
            attribution: attribution, anchor: anchor
        ).relations()
        return DocumentExtraction(
            document: document.id, anchorDate: anchor, sentenceCount: segmentation.sentences.count, relations: relations,
            statedRoles: Self.statedRoles(mentions, date: document.date ?? anchor, knowledge: knowledge))
    }

    /// Offices titles state next to persons who hold none in the gazetteer on `date`.
    static func statedRoles(_ mentions: [[Mention]], date: Day?, knowledge: Knowledge) -> [Role] {
        guard let date else { return [] }
        var roles: [Role] = []
        for mention in mentions.joined() {
            guard let person = mention.actor, let (office, organisation) = mention.statedOffice,
                !knowledge.roles(of: person).contains(where: { $0.isHeld(on: date) }),
                !roles.contains(where: { $0.holder == person })
            else { continue }
            roles.append(Role(holder: person, office: office, organisation: organisation, from: date, to: date))
        }
        return roles
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
        // Every id extraction gives comes from the knowledge, so nothing is unknown.
        try! graph(from: extractions.flatMap(\.relations), statedRoles: extractions.flatMap(\.statedRoles))
    }

    /// A graph of relations read back from a file, with the actors they
    /// name, their states, and the gazetteer's roles of the persons among them.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for an id the knowledge does not have.
    public func graph(from relations: [Relation], statedRoles: [Role] = []) throws(GraphError) -> RelationGraph {
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
        for role in statedRoles where ids.contains(role.holder) && !roles.contains(role) { roles.append(role) }
        for role in roles { ids.insert(role.organisation) }
        for id in Array(ids) { if let state = knowledge.actors[id]?.state { ids.insert(state) } }
        let actors = ids.compactMap { knowledge.actors[$0] }
        return try RelationGraph(actors: actors, roles: roles, relations: relations)
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
