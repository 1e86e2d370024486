import EnglishSyntax

/// Free relatives that name their object: "condemned what it called an
/// unprovoked attack by Pakistan", "protested what it described as
/// incursions by Chinese aircraft".
///
/// The parser makes "what" the object of the stance verb and hangs the named
/// phrase, and often the act's "by" phrase, on the relative's verb. The
/// stance is about the named act, so the named phrase takes the place of
/// "what", and a "by" phrase on the naming verb becomes the act's agent.
/// Which verbs name ("call", "describe ... as", "term") is the `naming`
/// class of markers.tsv.
enum FreeRelatives {
    /// Rewrites `tree` in place; `isNaming(i)` says whether word `i` is a naming verb.
    static func nameTheirObjects(in tree: inout DependencyTree, isNaming: (Int) -> Bool) {
        for what in 0..<tree.count where tree.xtags[what] == "WP" && tree.words[what].lowercased() == "what" {
            guard let up = tree.head(of: what), ["obj", "obl", "nsubj", "nsubj:pass"].contains(tree.labels[what].rawValue),
                let verb = tree.dependents(of: what, "acl:relcl").first(where: isNaming),
                !tree.dependents(of: verb, "nsubj").isEmpty,
                let named = namedPhrase(of: verb, in: tree)
            else { continue }
            tree.heads[named] = up
            tree.labels[named] = tree.labels[what]
            tree.heads[what] = named
            tree.labels[what] = "dep"
            // "called an attack by Pakistan" with "by Pakistan" on "called": the act's agent.
            for d in tree.dependents(of: verb, "obl") where d != named && hasCase(d, "by", in: tree) {
                tree.heads[d] = named
                tree.labels[d] = "nmod"
            }
        }
    }

    /// The phrase a naming verb names: its object ("called it an attack"), or its "as" phrase
    /// ("described as incursions").
    static func namedPhrase(of verb: Int, in tree: DependencyTree) -> Int? {
        let candidates = tree.dependents(of: verb).filter { d in
            let label = tree.labels[d].rawValue
            return [.noun, .propn].contains(tree.tags[d])
                && (label == "obj" || label == "xcomp" || (label == "obl" && hasCase(d, "as", in: tree)))
        }
        return candidates.first
    }

    static func hasCase(_ word: Int, _ marker: String, in tree: DependencyTree) -> Bool {
        tree.dependents(of: word, "case").contains { tree.words[$0].lowercased() == marker }
    }
}
