import Foundation
import StanceGraph

/// The JSON the report page reads: actors, relations with their evidence,
/// every actor's standings as the query API gives them, and every pair's
/// timeline.
///
/// Relations are listed in the graph's canonical order; standings and the
/// page refer to them by index in that list.
struct ReportData: Encodable {
    struct Corpus: Encodable {
        var name: String
        var builtAt: String
        var documents: Int
        var countsCitedDocuments: Bool
    }

    struct ActorRecord: Encodable {
        var id: String
        var name: String
        var aliases: [String]
        var kind: String
        var sector: String?
        var state: String?
        /// How many relations the actor takes part in.
        var relations: Int
    }

    struct RelationRecord: Encodable {
        var source: String
        var target: String
        var kind: String
        var mode: String?
        var sign: Int
        /// Whether the kind holds both ways (alliance, hostility).
        var symmetric: Bool
        var modality: String
        var date: String?
        var confidence: Double
        var intensity: Double
        var weight: Double
        var document: String
        var sentenceIndex: Int?
        var sentence: String?
        var speaker: String?
        var cue: String?
    }

    struct StandingRecord: Encodable {
        var actor: String
        var score: Double
        /// Indexes into ``ReportData/relations``.
        var relations: [Int]
    }

    struct Standings: Encodable {
        var opponents: [StandingRecord]
        var supporters: [StandingRecord]
        var allies: [StandingRecord]
    }

    struct KindRecord: Encodable {
        var name: String
        var sign: Int
        var symmetric: Bool
        /// Whether the kind backs its target, so counts toward supporters.
        var supporting: Bool
    }

    var format = "geostance-report"
    var version = 1
    var title: String
    var corpus: Corpus
    var kinds: [KindRecord]
    var actors: [ActorRecord]
    var relations: [RelationRecord]
    var standings: [String: Standings]
    var blocs: [String: Int]?
    /// Unbalanced triads of the signed projection, each as its three signed ties in words.
    var unbalancedTriads: [String]
    /// Every pair's timeline, drawn when the pair is chosen; in pair order.
    var timelines: [TimelineRecord]
    /// Past this many actors the diagram opens on the strongest `overviewSize`.
    var overviewThreshold = HTMLReport.overviewThreshold
    var overviewSize = HTMLReport.overviewSize

    init(_ report: HTMLReport) throws {
        let graph = report.graph
        title = report.title
        corpus = Corpus(
            name: report.corpus.name, builtAt: HTMLReport.timestamp(report.corpus.builtAt),
            documents: report.corpus.documentCount,
            countsCitedDocuments: report.corpus.countsCitedDocuments)
        kinds = RelationKind.allCases.map {
            KindRecord(name: $0.rawValue, sign: $0.sign.rawValue, symmetric: $0.isSymmetric, supporting: $0.isSupporting)
        }
        var involvement: [ActorID: Int] = [:]
        for relation in graph.relations {
            involvement[relation.source, default: 0] += 1
            if relation.target != relation.source { involvement[relation.target, default: 0] += 1 }
        }
        actors = graph.actors.map { actor in
            ActorRecord(
                id: actor.id.rawValue, name: actor.name, aliases: actor.aliases,
                kind: actor.kind.rawValue, sector: actor.sector?.rawValue,
                state: actor.state?.rawValue, relations: involvement[actor.id, default: 0])
        }
        relations = graph.relations.map { r in
            RelationRecord(
                source: r.source.rawValue, target: r.target.rawValue, kind: r.kind.rawValue,
                mode: r.mode, sign: r.sign.rawValue, symmetric: r.kind.isSymmetric,
                modality: r.modality.rawValue, date: r.date?.description,
                confidence: r.confidence, intensity: r.intensity, weight: r.weight,
                document: r.evidence.document, sentenceIndex: r.evidence.sentenceIndex,
                sentence: r.evidence.sentence, speaker: r.evidence.speaker?.rawValue,
                cue: r.evidence.cue)
        }
        // Relations are unique by identity in a graph, so each maps to one index.
        var index: [Relation: Int] = [:]
        for (i, relation) in graph.relations.enumerated() { index[relation] = i }
        func records(_ standings: StanceGraph.Standings) -> [StandingRecord] {
            standings.map { standing in
                StandingRecord(
                    actor: standing.actor.rawValue, score: standing.score,
                    relations: standing.relations.map { index[$0]! })
            }
        }
        var standings: [String: Standings] = [:]
        for actor in graph.actorIDs {
            standings[actor.rawValue] = Standings(
                opponents: records(try graph.opponents(of: actor)),
                supporters: records(try graph.supporters(of: actor)),
                allies: records(try graph.allies(of: actor)))
        }
        self.standings = standings
        blocs = report.blocs.map { blocs in
            Dictionary(uniqueKeysWithValues: blocs.map { ($0.key.rawValue, $0.value) })
        }
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        unbalancedTriads = try graph.unbalancedTriads(limit: 25).map { evidence in
            evidence.triad.ties.map { "\(name($0.first)) \($0.sign == .cooperative ? "+" : "\u{2212}") \(name($0.second))" }
                .joined(separator: ", ")
        }
        timelines = try Self.timelines(of: graph)
    }

    /// The JSON, safe inside `<script type="application/json">`: `<`, `>`,
    /// `&`, U+2028 and U+2029 (which occur only inside strings) are written as
    /// `\u` escapes, so no text can close the element or open a comment.
    func embeddedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
        return MarkupText.scriptSafe(json)
    }
}
