import ArgumentParser
import Foundation
import StanceExtraction
import StanceGraph

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against hand-coded event sentences, or tagging and parsing against a treebank.",
        discussion: """
            With a JSON Lines file, each line holds a "text" and its coded "events" (source, \
            target, source_state, target_state, plover_quad). Scores state-level dyads (who acted \
            on whom) and dyads with their sign (quad 1-2 cooperative, 3-4 hostile), as precision \
            and recall.

            With --treebank, tags and parses a CoNLL-U treebank twice, from its gold words and \
            from its raw text through the sentence splitter and tokeniser, and prints the \
            CoNLL 2018 shared task's measures (UPOS, XPOS, UAS, LAS over words).

            Examples:
              geostance evaluate ../shared/eval/plover-gsr.jsonl
              geostance evaluate --treebank ../shared/ud-ewt/en_ewt-ud-test.conllu
            """)

    @Argument(help: "The gold-standard JSON Lines file.") var file: String?
    @Option(help: "A CoNLL-U treebank to score the tagger and parser on.") var treebank: String?
    @Option(name: .long, help: "A syntax model file other than the one in the data folder (with --treebank).") var model: String?
    @Option(name: .long, help: "The data folder (default: ./Data).") var data: String?
    @Option(help: "Date the sentences are read as of (YYYY-MM-DD), for titles like \"the president\".")
    var date: String = "2020-07-01"
    @Flag(help: "List every sentence where the extraction and the coders disagree.") var showErrors = false
    @Option(help: "Output format: table or json.") var format: TableFormat = .table

    struct Line: Decodable {
        struct Event: Decodable {
            var source: String?
            var target: String?
            var source_state: Bool?
            var target_state: Bool?
            var plover_quad: Int?
        }
        var id: String?
        var text: String
        var events: [Event]
    }

    struct Score: Encodable {
        var sentences: Int
        var goldDyads: Int
        var predictedDyads: Int
        var dyadPrecision: Double
        var dyadRecall: Double
        var signPrecision: Double
        var signRecall: Double
    }

    struct Dyad: Hashable { var source: String; var target: String }
    struct SignedDyad: Hashable { var source: String; var target: String; var sign: Int }

    func validate() throws {
        guard (file == nil) != (treebank == nil) else {
            throw ValidationError("give a gold-standard JSON Lines file or --treebank FILE, one of the two")
        }
    }

    func run() throws {
        if let treebank {
            try TreebankEvaluation(treebank: treebank, data: data, model: model, format: format).run()
            return
        }
        guard let file else { return }
        let knowledge = try DataLocator.knowledge(data)
        guard let day = Day(date) else { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
        let text = try InputFiles.readText(URL(fileURLWithPath: file))
        var lines: [Line] = []
        for (n, raw) in text.split(separator: "\n").enumerated() {
            do {
                lines.append(try JSONDecoder().decode(Line.self, from: Data(raw.utf8)))
            } catch {
                throw CLIError("\(file):\(n + 1): not a gold-standard record (needs \"text\" and \"events\")")
            }
        }
        let documents = lines.enumerated().map { Document(id: $0.element.id ?? "line \($0.offset + 1)", date: day, text: $0.element.text) }
        let extractor = Extractor(knowledge: knowledge)
        let results = extractor.extract(from: documents)
        var dyadScores = DyadScores(), signScores = DyadScores()
        var report = ""
        for (line, result) in zip(lines, results) {
            var goldDyads = Set<Dyad>(), goldSigned = Set<SignedDyad>()
            for event in line.events where event.source_state == true && event.target_state == true {
                guard let s = event.source.map(Self.state), let t = event.target.map(Self.state), s != t else { continue }
                goldDyads.insert(Dyad(source: s, target: t))
                if let quad = event.plover_quad { goldSigned.insert(SignedDyad(source: s, target: t, sign: quad <= 2 ? 1 : -1)) }
            }
            var predictedDyads = Set<Dyad>(), predictedSigned = Set<SignedDyad>()
            let graph = extractor.graph(from: [result])
            for relation in result.relations where relation.kind != .office && relation.kind != .membership && relation.modality != .negated {
                guard let s = stateOf(relation.source, relation.date, graph), let t = stateOf(relation.target, relation.date, graph), s != t else { continue }
                let sign = relation.quadClass.map { $0 <= 2 ? 1 : -1 } ?? relation.sign.rawValue
                for (a, b) in relation.kind.isSymmetric ? [(s, t), (t, s)] : [(s, t)] {
                    predictedDyads.insert(Dyad(source: a, target: b))
                    if sign != 0 { predictedSigned.insert(SignedDyad(source: a, target: b, sign: sign)) }
                }
            }
            dyadScores.add(gold: goldDyads, predicted: predictedDyads)
            signScores.add(gold: goldSigned, predicted: predictedSigned)
            if showErrors && goldSigned != predictedSigned {
                func show(_ set: Set<SignedDyad>) -> String {
                    set.map { "\($0.source)\($0.sign > 0 ? "+" : "-")\($0.target)" }.sorted().joined(separator: " ")
                }
                report += "\(line.id ?? "?"): gold [\(show(goldSigned))] got [\(show(predictedSigned))]\n  \(line.text)\n"
                for r in result.relations {
                    let modality = r.modality == .asserted ? "" : " [\(r.modality.rawValue)]"
                    report += "    \(r.source) \(r.kind.rawValue) \(r.target)\(modality) (\(r.evidence.cue ?? ""))\n"
                }
            }
        }
        let score = Score(
            sentences: lines.count, goldDyads: dyadScores.gold, predictedDyads: dyadScores.predicted,
            dyadPrecision: dyadScores.precision, dyadRecall: dyadScores.recall,
            signPrecision: signScores.precision, signRecall: signScores.recall)
        if showErrors { try Output.emit(report, to: nil) }
        switch format {
        case .json: try Output.emit(Table.json(score), to: nil)
        case .table, .csv:
            try Output.emit(Table.render(
                ["MEASURE", "PRECISION", "RECALL"],
                [["state dyad", Table.number(score.dyadPrecision), Table.number(score.dyadRecall)],
                 ["state dyad + sign", Table.number(score.signPrecision), Table.number(score.signRecall)]])
                + "\(lines.count) sentences, \(dyadScores.gold) gold dyads, \(dyadScores.predicted) predicted\n", to: nil)
        }
    }

    /// PLOVER actor codes start with the country code; the coders wrote JAP for Japan.
    static func state(_ code: String) -> String {
        let prefix = String(code.prefix(3))
        return prefix == "JAP" ? "JPN" : prefix
    }

    func stateOf(_ actor: ActorID, _ date: Day?, _ graph: RelationGraph) -> String? {
        let body = graph.actingBody(of: actor, on: date)
        guard let entry = graph[body] else { return nil }
        if entry.kind == .state { return body.rawValue }
        if entry.kind == .igo { return nil }
        return entry.state?.rawValue
    }
}
