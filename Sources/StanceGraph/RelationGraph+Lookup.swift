import Foundation

extension RelationGraph {
    /// The actor an id, name or alias refers to, ignoring case and diacritics.
    ///
    /// An exact id wins; otherwise names and aliases are compared after
    /// folding case and diacritics ("Erdogan" finds "Erdoğan").
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` with the closest
    ///   names when nothing matches, ``GraphError/ambiguousName(_:candidates:)``
    ///   when several actors share the name.
    /// - Complexity: O(1) on a match; O(*a*) in the number of names to suggest.
    public func actor(named name: String) throws(GraphError) -> Actor {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let actor = actorsByID[ActorID(trimmed)] { return actor }
        let ids = nameIndex[Self.foldedName(trimmed)] ?? []
        switch ids.count {
        case 1: return actorsByID[ids[0]]!
        case 0: throw .unknownActor(trimmed, suggestions: suggestions(for: trimmed))
        default: throw .ambiguousName(trimmed, candidates: ids.map { actorsByID[$0]! })
        }
    }

    /// Up to `limit` actors whose names are closest to `name`: names that
    /// start with or contain it first, then by edit distance.
    public func suggestions(for name: String, limit: Int = 3) -> [Actor] {
        let query = Self.foldedName(name)
        guard !query.isEmpty else { return [] }
        let budget = max(1, query.count / 3)
        var best: [ActorID: Int] = [:]
        for (key, ids) in nameIndex {
            let cost: Int
            if key.hasPrefix(query) || query.hasPrefix(key) && key.count >= 2 {
                cost = 0
            } else if key.contains(query) {
                cost = 1
            } else {
                let d = Self.editDistance(query, key, limit: budget)
                guard d <= budget else { continue }
                cost = 1 + d
            }
            for id in ids where cost < best[id, default: .max] { best[id] = cost }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).map { actorsByID[$0.key]! }
    }

    /// Case and diacritics folded, inner whitespace collapsed.
    static func foldedName(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    mutating func rebuildNameIndex() {
        var index: [String: [ActorID]] = [:]
        for id in actorIDs {
            let actor = actorsByID[id]!
            var keys = Set([Self.foldedName(actor.name), Self.foldedName(id.rawValue)])
            for alias in actor.aliases { keys.insert(Self.foldedName(alias)) }
            for key in keys where !key.isEmpty { index[key, default: []].append(id) }
        }
        nameIndex = index
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
