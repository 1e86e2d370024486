import EnglishSyntax
import Testing

/// The shipped model on news sentences the team wrote, one per construction
/// that extraction reads. Each test checks the relations the extraction
/// rules rely on, by universal label (the rules read "obl" with "by" under
/// a passive verb as its agent, since the model rarely writes obl:agent),
/// not the whole tree.
@Suite("The shipped model parses the constructions extraction reads", .enabled(if: Files.hasShippedModel, "needs Data/models/english-ewt.syntax"))
struct NewsParseTests {
    struct Parsed {
        var tree: DependencyTree

        init(_ sentence: String) throws {
            let text = Array(sentence.unicodeScalars)
            let tokens = Tokenizer(rules: try Files.rules).tokenize(text)
            tree = try #require(Files.shippedModel).analyze(tokens[...], in: text)
        }

        func index(_ word: String) throws -> Int { try #require(tree.words.firstIndex(of: word), "no word \(word)") }

        /// Whether `word` hangs from `head` with a label whose universal part is `label`.
        func has(_ word: String, _ label: String, _ head: String) throws -> Bool {
            let w = try index(word), h = try index(head)
            return tree.heads[w] == h && tree.labels[w].universal == Substring(label)
        }

        /// Whether `marker` (a preposition or "to") is a case or mark dependent of `word`.
        func marked(_ word: String, by marker: String) throws -> Bool {
            let w = try index(word)
            return tree.dependents(of: w).contains { tree.words[$0] == marker && ["case", "mark"].contains(tree.labels[$0].universal) }
        }
    }

    @Test("passive with a by-agent, agents coordinated", arguments: [
        ("The missile launch was condemned by Sweden and Finland.", "launch", "condemned", ["Sweden", "Finland"]),
        ("The new border plan was welcomed by Chad, Niger and Mali.", "plan", "welcomed", ["Chad", "Niger", "Mali"]),
    ])
    func passive(sentence: String, subject: String, verb: String, agents: [String]) throws {
        let p = try Parsed(sentence)
        #expect(try p.tree.labels[p.index(subject)] == .nsubjPass && p.tree.heads[p.index(subject)] == p.index(verb))
        #expect(try p.has(agents[0], "obl", verb) && p.marked(agents[0], by: "by"))
        for other in agents.dropFirst() { #expect(try p.has(other, "conj", agents[0])) }
    }

    @Test("coordinated subjects and coordinated verbs")
    func coordination() throws {
        let subjects = try Parsed("Peru and Bolivia rejected the proposal.")
        #expect(try subjects.has("Peru", "nsubj", "rejected") && subjects.has("Bolivia", "conj", "Peru"))
        let verbs = try Parsed("Canada expelled two diplomats and summoned the ambassador.")
        #expect(try verbs.has("Canada", "nsubj", "expelled") && verbs.has("summoned", "conj", "expelled"))
        #expect(try verbs.has("ambassador", "obj", "summoned"))
    }

    @Test("called on X and Y to do: the addressees and the complement hang from the verb")
    func calledOn() throws {
        let p = try Parsed("Ghana called on Togo and Benin to sign the accord.")
        #expect(try p.has("Togo", "obl", "called") && p.marked("Togo", by: "on") && p.has("Benin", "conj", "Togo"))
        let sign = try p.index("sign")
        #expect(try p.tree.heads[sign] == p.index("called") && ["xcomp", "advcl"].contains(p.tree.labels[sign].universal))
        #expect(try p.marked("sign", by: "to"))
    }

    @Test("apposition joins a name to its title, with the title's state as possessor")
    func apposition() throws {
        let p = try Parsed("Maria Lopez, Mexico's foreign minister, met her Cuban counterpart.")
        #expect(try p.has("minister", "appos", "Maria") && p.has("Lopez", "flat", "Maria"))
        #expect(try p.has("Mexico", "nmod", "minister") && p.tree.labels[p.index("Mexico")] == .nmodPoss)
        #expect(try p.has("Maria", "nsubj", "met"))
    }

    @Test("nominal events: possessor, compound and prepositional arguments of the event noun")
    func nominalEvents() throws {
        let annexation = try Parsed("Moscow's annexation of Crimea drew sanctions.")
        #expect(try annexation.tree.labels[annexation.index("Moscow")] == .nmodPoss && annexation.has("Moscow", "nmod", "annexation"))
        #expect(try annexation.has("Crimea", "nmod", "annexation") && annexation.marked("Crimea", by: "of"))
        let sanctions = try Parsed("US sanctions on Venezuela were tightened.")
        #expect(try sanctions.has("US", "compound", "sanctions"))
        #expect(try sanctions.has("Venezuela", "nmod", "sanctions") && sanctions.marked("Venezuela", by: "on"))
        let talks = try Parsed("The talks between Serbia and Kosovo resumed on Tuesday.")
        #expect(try talks.has("Serbia", "nmod", "talks") && talks.marked("Serbia", by: "between") && talks.has("Kosovo", "conj", "Serbia"))
        let killing = try Parsed("The killing of the journalist by security forces was condemned.")
        #expect(try killing.has("journalist", "nmod", "killing") && killing.marked("journalist", by: "of"))
        // The by-phrase lies under the event noun (the rules look for it in the noun's subtree).
        #expect(try killing.tree.dominates(killing.index("killing"), killing.index("forces")) && killing.marked("forces", by: "by"))
    }

    @Test("the treebank's tags of a word say whether it can be a common word or only a name")
    func lexicalTags() throws {
        let model = try #require(Files.shippedModel)
        #expect(model.lexicalTags(of: "The").contains(.det) && !model.lexicalTags(of: "The").contains(.propn))
        #expect(model.lexicalTags(of: "attacks").isSuperset(of: [.noun, .verb]))
        #expect(model.lexicalTags(of: "John") == [.propn])
        #expect(model.lexicalTags(of: "Soleimani").isEmpty)
    }
}
