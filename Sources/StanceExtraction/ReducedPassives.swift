import EnglishSyntax

/// Passive participles that modify the noun before them: "agreed on a
/// maritime border brokered by the United States", "a ceasefire mediated
/// by Qatar".
///
/// The parser often makes such a participle a complement of the clause's
/// verb ("agreed ... brokered" as verb and clause), so its agent seems to
/// act on the verb's subject. A past participle with a "by" agent and no
/// subject or auxiliary of its own, right after a noun that the same verb
/// governs, modifies that noun: it hangs on it as a reduced relative.
enum ReducedPassives {
    /// Rewrites `tree` in place.
    static func attachToTheirNouns(in tree: inout DependencyTree) {
        for v in 1..<max(1, tree.count) where tree.xtags[v] == "VBN" {
            guard let verb = tree.head(of: v), ["ccomp", "xcomp", "advcl", "conj"].contains(tree.labels[v].universal) else { continue }
            let own = tree.dependents(of: v)
            let hasAgent = own.contains { d in
                tree.labels[d].rawValue == "obl:agent"
                    || (tree.labels[d].universal == "obl" && tree.dependents(of: d, "case").contains { tree.words[$0].lowercased() == "by" })
            }
            let hasClause = own.contains { ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"].contains(tree.labels[$0].rawValue) }
            guard hasAgent, !hasClause else { continue }
            // The noun right before it, inside a phrase the same verb governs.
            let noun = v - 1
            guard [.noun, .propn].contains(tree.tags[noun]), noun != verb, tree.dominates(verb, noun), !tree.dominates(v, noun),
                ["obj", "obl", "nsubj", "nsubj:pass", "nmod"].contains(tree.labels[noun].universal)
            else { continue }
            tree.heads[v] = noun
            tree.labels[v] = "acl"
        }
    }
}
