import EnglishSyntax
import StanceGraph

/// Subjects joined by a comma alone, as headlines join them: "China, Brazil
/// agree to boost trade", "US, UK strike Houthi targets in Yemen".
///
/// The parser, trained on web text where such a comma rarely joins
/// subjects, makes the first name an apposition of the second or a
/// vocative of the verb, so only one of them acts. Two names of different
/// actors that open a sentence, joined by a comma, with a verb right after
/// the second, are that verb's coordinated subjects. A name and a place in
/// it ("Kyiv, Ukraine") name one actor and are left alone.
enum CommaCoordination {
    /// Rewrites `tree` in place. `mentions` are the sentence's, with token
    /// indexes counted from `start`, the sentence's first token.
    static func coordinateSubjects(in tree: inout DependencyTree, mentions: [Mention], start: Int) {
        let names = mentions.filter { m in
            guard case .name(let form) = m.kind, m.actor != nil else { return false }
            return [.name, .metonym].contains(form)
        }
        guard let first = names.first, first.start == start, let second = names.dropFirst().first,
            second.start == first.end + 1, first.actor != second.actor
        else { return }
        let comma = first.end - start, verb = second.end - start
        guard tree.words[comma] == ",", verb < tree.count, [.verb, .aux].contains(tree.tags[verb]) else { return }
        let a = first.head - start, b = second.head - start
        // The verb's subject is one of the two: the other hangs on it or on the verb.
        guard tree.head(of: a) == verb || tree.head(of: b) == verb, !tree.dominates(a, verb), !tree.dominates(b, verb),
            [a, b].allSatisfy({ ["nsubj", "appos", "vocative", "conj", "dep"].contains(tree.labels[$0].rawValue) })
        else { return }
        tree.heads[a] = verb
        tree.labels[a] = "nsubj"
        tree.heads[b] = a
        tree.labels[b] = "conj"
        tree.heads[comma] = b
        tree.labels[comma] = "punct"
    }
}
