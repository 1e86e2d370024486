import EnglishSyntax

/// People a text names whom the gazetteer does not know ("Qasem Soleimani",
/// and later "Soleimani"), found so that coreference does not take "he"
/// after them for a known person named before them.
///
/// A name is a run of two or more capitalised words outside every mention,
/// not after a determiner, a possessive or a preposition of place ("the
/// White House", "Iran's Quds Force", "in Los Angeles"), whose first and
/// last words the treebank knew only as proper nouns or never saw ("Mick
/// Whelan", not "Business Insider" or "Mahan Air"), or one such word right
/// after a title ("ABHM president Chakrapani"). From then on its last word
/// alone names the same person. Names the treebank knows as common
/// words ("Kanye West") are missed: the blocker errs towards resolving.
struct UnnamedPeople {
    /// The first token of each occurrence, in reading order.
    private(set) var positions: [Int] = []

    init(segmentation: Segmentation, mentions: [[Mention]], knowledge: Knowledge) {
        guard let syntax = knowledge.syntax else { return }
        var covered = [Bool](repeating: false, count: segmentation.tokens.count)
        for mention in mentions.joined() {
            for t in mention.start..<min(mention.end, covered.count) { covered[t] = true }
        }
        func onlyName(_ t: Int) -> Bool {
            !segmentation.isAllCaps(t) && syntax.lexicalTags(of: segmentation.word(t)).isSubset(of: [.propn, .x])
        }
        var surnames = Set<String>()
        for sentence in segmentation.sentences {
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                guard segmentation.isCapitalized(t), !covered[t], !segmentation.inQuote[t] else {
                    t += 1
                    continue
                }
                var end = t + 1
                while end < sentence.upperBound && segmentation.isCapitalized(end) && !covered[end] { end += 1 }
                defer { t = end }
                // A capitalised run ending in a mention ("Vice President Joe Biden") is part of that name.
                if end < sentence.upperBound && covered[end] && segmentation.isCapitalized(end) { continue }
                let before = t - 1
                if before >= sentence.lowerBound
                    && (segmentation.isMarker(before, .determiner) || segmentation.isMarker(before, .locative)
                        || ["'s", "'"].contains(segmentation.key(before)))
                {
                    continue
                }
                let titled = before >= sentence.lowerBound && !segmentation.isCapitalized(before) && knowledge.titles[segmentation.key(before)] != nil
                if end - t >= 2 || titled {
                    guard onlyName(t), onlyName(end - 1) else { continue }
                    surnames.insert(segmentation.key(end - 1))
                    positions.append(t)
                } else if surnames.contains(segmentation.key(t)) {
                    positions.append(t)
                }
            }
        }
    }

    /// Whether an unnamed person stands after token `lower` and before token `upper`.
    func any(after lower: Int, before upper: Int) -> Bool {
        // The first position after `lower`, by binary search.
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] <= lower { low = mid + 1 } else { high = mid }
        }
        return low < positions.count && positions[low] < upper
    }
}
