import Dispatch

/// Trains a ``SyntaxModel`` from a treebank: a tagger on every sentence,
/// then a parser on trees whose tags another tagger predicted.
///
/// The parser must learn from tags as wrong as the ones it will see, so
/// the training set's tags come from jackknifing: the sentences are cut
/// into ``folds`` parts and each part is tagged by a tagger trained on the
/// others (as in Collins and Koo 2005 and most parsers since). The same
/// seed gives the same model, byte for byte, on any machine and with any
/// number of threads: each fold is trained alone and the results are put
/// together in fold order.
public struct SyntaxTrainer: Sendable {
    public var taggerEpochs = 10
    public var parserEpochs = 15
    public var folds = 10
    public var seed: UInt64 = 1
    /// Threads for the jackknife taggers; the parser trains on one.
    public var threads = 2
    /// Features seen in fewer training decisions than this are left out of the model.
    public var minimumCount = 5

    public init() {}

    /// - Parameter treebank: gold trees; words, UPOS, XPOS, heads and labels are read.
    /// - Throws: ``SyntaxError/training(_:)`` when the treebank has no words
    ///   or a tree is not a tree.
    /// - Parameters:
    ///   - name: what the treebank is called, written into the model's description.
    public func train(
        _ treebank: [DependencyTree], treebank name: String = "", progress: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(SyntaxError) -> SyntaxModel {
        let trees = treebank.filter { $0.count > 0 }
        guard !trees.isEmpty else { throw .training("the treebank has no words") }
        if let bad = trees.firstIndex(where: { !$0.isWellFormed }) {
            throw .training("sentence \(bad + 1) is not a tree (a head out of range, no single root, or a cycle)")
        }
        guard folds >= 2 || trees.count < 2 else { throw .training("jackknifing needs at least 2 folds") }

        // The classes: (UPOS, XPOS) pairs and labels, numbered in sorted order so the numbering is stable.
        var pairSet = Set<String>()
        var labelSet = Set<DependencyLabel>([.root])
        for tree in trees {
            for i in 0..<tree.count {
                pairSet.insert("\(tree.tags[i])\t\(tree.xtags[i])")
                labelSet.insert(tree.labels[i])
            }
        }
        let pairs = pairSet.sorted()
        let classes = pairs.map { pair -> (tag: UniversalTag, xtag: String) in
            let parts = pair.split(separator: "\t", omittingEmptySubsequences: false)
            return (UniversalTag(parts[0])!, String(parts[1]))
        }
        let pairIndex = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, $0) })
        let labels = labelSet.sorted()
        guard labels.count <= 255, classes.count <= 255 else {
            throw .training("\(labels.count) labels and \(classes.count) tag pairs: at most 255 of each")
        }
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })

        let features = trees.map { $0.words.map(WordFeatures.init(word:)) }
        let gold = trees.map { tree in (0..<tree.count).map { pairIndex["\(tree.tags[$0])\t\(tree.xtags[$0])"]! } }
        let tagged = zip(features, gold).map { (words: $0, tags: $1) }

        progress("tagger: \(trees.count) sentences, \(gold.reduce(0) { $0 + $1.count }) words, \(classes.count) tag pairs")
        let taggerTrainer = TaggerTrainer(epochs: taggerEpochs, seed: seed)
        let tagger = taggerTrainer.train(tagged, classes: classes, progress: progress)

        // Jackknifed tags for the parser's training sentences.
        let k = min(folds, trees.count)
        let predicted = jackknife(tagged, classes: classes, folds: k, trainer: taggerTrainer, progress: progress)
        let correct = zip(predicted, gold).reduce(0) { sum, pair in sum + zip(pair.0, pair.1).filter { $0 == $1 }.count }
        let total = gold.reduce(0) { $0 + $1.count }
        progress("jackknifed tags: \(fraction(correct, total)) right over \(k) folds")

        let examples = trees.indices.map { s -> ParserTrainer.Example in
            let tree = trees[s]
            let heads = Projectivizer.lift(tree.heads)
            return ParserTrainer.Example(
                input: Parser.Input(words: features[s], tags: predicted[s]) { classes[$0].tag == .punct },
                heads: heads.map(Int32.init),
                labels: tree.labels.map { labelIndex[$0]! })
        }
        progress("parser: \(labels.count) labels")
        var parserTrainer = ParserTrainer(epochs: parserEpochs, seed: seed)
        parserTrainer.minimumCount = minimumCount
        let parser = parserTrainer.train(examples, labels: labels, progress: progress)
        let description = [
            "tagger epochs": "\(taggerEpochs)", "parser epochs": "\(parserEpochs)", "folds": "\(k)", "seed": "\(seed)",
            "sentences": "\(trees.count)", "words": "\(total)", "minimum count": "\(minimumCount)", "treebank": name,
        ]
        return SyntaxModel(tagger: tagger, parser: parser, description: description)
    }

    /// Each fold's tags from a tagger trained on the other folds.
    private func jackknife(
        _ tagged: [(words: [WordFeatures], tags: [Int])], classes: [(tag: UniversalTag, xtag: String)], folds: Int,
        trainer: TaggerTrainer, progress: @escaping @Sendable (String) -> Void
    ) -> [[Int]] {
        final class Results: @unchecked Sendable {
            var tags: [[[Int]]]
            init(_ folds: Int) { tags = Array(repeating: [], count: folds) }
        }
        let results = Results(folds)
        let fold: @Sendable (Int) -> Int = { $0 % folds }
        let lock = DispatchSemaphore(value: 1)
        let queue = DispatchQueue(label: "jackknife", attributes: .concurrent)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(1, threads))
        for f in 0..<folds {
            slots.wait()
            queue.async(group: group) {
                defer { slots.signal() }
                let training = tagged.indices.filter { fold($0) != f }.map { tagged[$0] }
                let tagger = trainer.train(training, classes: classes)
                let heldOut = tagged.indices.filter { fold($0) == f }.map { tagger.tag(tagged[$0].words) }
                lock.wait()
                results.tags[f] = heldOut
                lock.signal()
                progress("jackknife fold \(f + 1)/\(folds) done")
            }
        }
        group.wait()
        var next = Array(repeating: 0, count: folds)
        return tagged.indices.map { s in
            let f = fold(s)
            defer { next[f] += 1 }
            return results.tags[f][next[f]]
        }
    }
}

/// `part / whole` with four decimals ("0.9512"), for progress messages.
func fraction(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "-" }
    let tenThousandths = (part * 10_000 + whole / 2) / whole
    let decimals = String(tenThousandths % 10_000)
    return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - decimals.count) + decimals
}
