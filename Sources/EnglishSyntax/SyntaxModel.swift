/// A trained tagger and parser: words in, a labelled dependency tree out.
///
/// Load one with ``SyntaxModel/decode(_:source:)`` from the bytes of a
/// model file, or train one with ``SyntaxTrainer``.
public struct SyntaxModel: Sendable {
    let tagger: Tagger
    let parser: Parser
    /// What the model was trained on and how, as written in its file.
    public var description: [String: String]

    init(tagger: Tagger, parser: Parser, description: [String: String]) {
        self.tagger = tagger
        self.parser = parser
        self.description = description
    }

    /// The dependency labels the parser can assign.
    public var labels: [DependencyLabel] { parser.labels }

    /// Tags and parses one sentence.
    ///
    /// - Parameter words: the sentence's words as a tokenizer split them
    ///   (``Tokenizer``); an empty sentence gives an empty tree.
    /// - Complexity: O(*n*) in the number of words: greedy, two decisions a word.
    public func analyze(_ words: [String]) -> DependencyTree {
        analyze(words, features: words.map(WordFeatures.init(word:)))
    }

    func analyze(_ words: [String], features: [WordFeatures], given: [Int?] = []) -> DependencyTree {
        let classes = tagger.tag(features, given: given)
        let input = Parser.Input(words: features, tags: classes) { tagger.classes[$0].tag == .punct }
        let (heads, labels) = parser.parse(input)
        return DependencyTree(
            words: words,
            tags: classes.map { tagger.classes[$0].tag },
            xtags: classes.map { tagger.classes[$0].xtag },
            heads: heads.map(Int.init),
            labels: labels.map { parser.labels[Int($0)] })
    }

    /// Tags and parses the words `tokens` give in `text`: one sentence, as a
    /// ``Tokenizer`` and ``SentenceSplitter`` found it.
    public func analyze(_ tokens: ArraySlice<Token>, in text: [Unicode.Scalar]) -> DependencyTree {
        let words = tokens.map { String(String.UnicodeScalarView(text[$0.range])) }
        let features = tokens.map { WordFeatures(scalars: text[$0.range]) }
        return analyze(words, features: features)
    }

    /// Tags and parses one sentence of `text` where the caller knows some
    /// words are names, as a gazetteer knows "Ankara" is a proper noun
    /// wherever it stands: a name's word the tagger reads as anything but a
    /// noun, proper noun or adjective takes the tags given (when the model
    /// has the pair), and the rest are tagged around them.
    ///
    /// - Parameter known: per token, its (UPOS, XPOS) or nil; shorter than
    ///   `tokens` means nil for the rest.
    public func analyze(_ tokens: ArraySlice<Token>, in text: [Unicode.Scalar], known: [(UniversalTag, String)?]) -> DependencyTree {
        let words = tokens.map { String(String.UnicodeScalarView(text[$0.range])) }
        let features = tokens.map { WordFeatures(scalars: text[$0.range]) }
        let given = known.map { pair in
            pair.flatMap { pair in tagger.classes.firstIndex { $0.tag == pair.0 && $0.xtag == pair.1 } }
        }
        return analyze(words, features: features, given: given)
    }

    /// Tags only, for callers that need no tree.
    public func tag(_ words: [String]) -> (tags: [UniversalTag], xtags: [String]) {
        let classes = tagger.tag(words.map(WordFeatures.init(word:)))
        return (classes.map { tagger.classes[$0].tag }, classes.map { tagger.classes[$0].xtag })
    }

    /// The part-of-speech tags the training treebank gave `word` (its
    /// lowered form) anywhere: empty for a word it saw fewer than twice. A word seen
    /// only as a proper noun ("Soleimani" is not, "John" is) is likely a name.
    public func lexicalTags(of word: String) -> Set<UniversalTag> {
        let mask = tagger.ambiguityClass(WordFeatures(word: word).lower)
        return Set(UniversalTag.allCases.filter { mask & (1 << UInt64($0.rawValue)) != 0 })
    }

    /// Bytes the model's tables take in memory.
    public var memoryBytes: Int { tagger.weights.memoryBytes + parser.actions.memoryBytes + parser.labeller.memoryBytes }
}
