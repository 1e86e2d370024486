/// Precision and recall of extracted items against hand-coded ones, summed
/// over sentences: the arithmetic of `geostance evaluate`.
///
/// Items are compared per sentence as sets (a dyad, or a dyad with its
/// sign), so a dyad stated twice in one sentence counts once, and a hit is
/// an item in both the gold and the predicted set of the same sentence.
/// Precision is hits over predicted items, recall hits over gold items;
/// either is 0, not undefined, when nothing was predicted or coded.
public struct DyadScores: Hashable, Sendable {
    /// Items the coders recorded, summed over sentences.
    public private(set) var gold = 0
    /// Items the extraction found, summed over sentences.
    public private(set) var predicted = 0
    /// Items in both, summed over sentences.
    public private(set) var hits = 0

    public init() {}

    /// Adds one sentence's coded and extracted items.
    ///
    /// - Complexity: O(*g* + *p*) for *g* gold and *p* predicted items.
    public mutating func add<Item: Hashable>(gold coded: Set<Item>, predicted found: Set<Item>) {
        gold += coded.count
        predicted += found.count
        hits += coded.intersection(found).count
    }

    /// The share of predicted items that the coders recorded; 0 when none was predicted.
    public var precision: Double { predicted == 0 ? 0 : Double(hits) / Double(predicted) }

    /// The share of coded items that were predicted; 0 when none was coded.
    public var recall: Double { gold == 0 ? 0 : Double(hits) / Double(gold) }
}
