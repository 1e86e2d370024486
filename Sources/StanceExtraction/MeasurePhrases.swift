import EnglishSyntax

/// Measure phrases around an act: "carried out dozens of airstrikes on
/// Gaza", "a wave of missile strikes on Ukrainian cities", "adopted a new
/// round of sanctions against Russia".
///
/// The parser makes the measure ("dozens", "a wave", "a round") the verb's
/// object and hangs the act below it in an "of" phrase, often with the
/// act's target on the measure. What the verb does is the act, so the
/// act takes the measure's place, the measure hangs on it, and the
/// measure's other prepositional phrases move to the act. Which nouns
/// measure is the `measure` class of markers.tsv.
enum MeasurePhrases {
    /// Rewrites `tree` in place; `isMeasure(i)` says whether word `i` is a measure noun.
    static func raiseTheirActs(in tree: inout DependencyTree, isMeasure: (Int) -> Bool) {
        for measure in 0..<tree.count where tree.tags[measure] == .noun && isMeasure(measure) {
            guard let act = tree.dependents(of: measure, "nmod").first(where: { d in
                d > measure && tree.tags[d] == .noun && tree.dependents(of: d, "case").contains { tree.words[$0].lowercased() == "of" }
            }) else { continue }
            let moved = tree.dependents(of: measure).filter { d in
                d > act && ["nmod", "obl"].contains(tree.labels[d].universal)
            }
            tree.heads[act] = tree.heads[measure]
            tree.labels[act] = tree.labels[measure]
            tree.heads[measure] = act
            tree.labels[measure] = "nmod"
            // The "of" now opens nothing: it goes with the measure it follows.
            for of in tree.dependents(of: act, "case") where tree.words[of].lowercased() == "of" && of < act {
                tree.heads[of] = measure
            }
            for d in moved { tree.heads[d] = act }
        }
    }
}
