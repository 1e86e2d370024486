import StanceGraph

extension DocumentAnalysis {
    /// The mention covering or starting at each token, by token index.
    func mentionIndex() -> [Int: (sentence: Int, mention: Int)] {
        var index: [Int: (Int, Int)] = [:]
        for (s, list) in mentions.enumerated() {
            for (m, mention) in list.enumerated() { index[mention.start] = (s, m) }
        }
        return index
    }

    func sentenceOf(_ token: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= token { low = mid + 1 } else if sentences[mid].lowerBound > token { high = mid - 1 } else { return mid }
        }
        return nil
    }

    /// Gives every quoted token its speaker: the one named next to the
    /// quotation ("...," he said; X said: "..."; said X), or, for a
    /// paragraph that is all quotation, the speaker of the quotation before.
    mutating func attributeQuotes() {
        var spans: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard inQuote[i] else { i += 1; continue }
            var j = i
            while j < tokens.count && inQuote[j] && !(j > i && tokens[j].startsLine) { j += 1 }
            spans.append(i..<j)
            i = j
        }
        var lastSpeaker: (ActorID, Int)? = nil
        for span in spans {
            guard let s = sentenceOf(span.lowerBound) ?? sentenceOf(span.upperBound - 1) else { continue }
            var speaker = speakerAfter(span) ?? speakerBefore(span)
            if speaker == nil, let (previous, sentence) = lastSpeaker, s - sentence <= 4 { speaker = previous }
            guard let speaker else { continue }
            for t in span { quoteSpeaker[t] = speaker }
            lastSpeaker = (speaker, s)
        }
    }

    func mention(startingAt token: Int) -> Mention? {
        guard let s = sentenceOf(token) else { return nil }
        return mentions[s].first { $0.start == token }
    }

    func mentions(in range: Range<Int>) -> [Mention] {
        guard let first = sentenceOf(range.lowerBound) ?? sentenceOf(range.upperBound - 1) else { return [] }
        var found: [Mention] = []
        var s = first
        while s < sentences.count && sentences[s].lowerBound < range.upperBound {
            found += mentions[s].filter { $0.start >= range.lowerBound && $0.start < range.upperBound }
            s += 1
        }
        return found
    }

    func speakerAfter(_ span: Range<Int>) -> ActorID? {
        let limit = min(tokens.count, span.upperBound + 8)
        guard span.upperBound < limit, !tokens[span.upperBound].startsLine else { return nil }
        for v in span.upperBound..<limit {
            if tokens[v].startsLine || inQuote[v] { break }
            guard isMarker(v, .speech) else { continue }
            let near = mentions(in: span.upperBound..<min(tokens.count, v + 6)).filter { $0.actor != nil && $0.kind != .firstPerson }
            return near.first?.actor
        }
        return nil
    }

    func speakerBefore(_ span: Range<Int>) -> ActorID? {
        let start = max(0, span.lowerBound - 12)
        guard start < span.lowerBound else { return nil }
        var v = span.lowerBound - 1
        while v >= start {
            if inQuote[v] { return nil }
            if isMarker(v, .speech) {
                let before = mentions(in: max(0, v - 12)..<v).filter { $0.actor != nil && $0.kind != .firstPerson }
                return before.last?.actor
            }
            if tokens[v].startsLine { break }
            v -= 1
        }
        return nil
    }

    /// Who states what the tokens at `cue` say: the quotation's speaker, the
    /// source named by "according to", or the subject of a reporting verb
    /// ("X said (that) ...", "..., X said").
    func speaker(forCueAt cue: Int, sentence s: Int) -> ActorID? {
        if let quoted = quoteSpeaker[cue] { return quoted }
        let range = sentences[s]
        let list = mentions[s].filter { $0.actor != nil && $0.kind != .firstPerson }
        for i in range where key(i) == "according" && key(i + 1) == "to" {
            if let m = list.first(where: { $0.start > i + 1 && $0.start <= i + 4 }) { return m.actor }
        }
        var v = cue - 1
        while v >= range.lowerBound {
            if isMarker(v, .speech) && !inQuote[v] {
                if let m = list.last(where: { $0.end <= v && $0.end >= v - 8 }) { return m.actor }
                if let m = list.first(where: { $0.start > v && $0.start <= v + 2 }) { return m.actor }
            }
            v -= 1
        }
        // "..., officials said." after the statement.
        var w = cue + 1
        while w < range.upperBound {
            if isMarker(w, .speech) && !inQuote[w] && (key(w - 1) == "," || list.contains { $0.end == w || $0.end == w - 1 }) {
                if let m = list.last(where: { $0.end <= w && $0.start > cue }) { return m.actor }
                if let m = list.first(where: { $0.start > w && $0.start <= w + 2 }) { return m.actor }
            }
            w += 1
        }
        return nil
    }
}
