import StanceGraph

/// The fourth stage: who says what. Every quoted word gets its speaker:
/// the one named next to the quotation ("...," he said; X said: "...";
/// said X), or, for a paragraph that is all quotation, the speaker of the
/// quotation before. Reported speech outside quotations is read from the
/// parse later (the subject of the verb of saying that governs a clause).
struct Attribution {
    /// The speaker of each quoted token.
    let quoteSpeaker: [Int: ActorID]

    init(segmentation: Segmentation, mentions: [[Mention]]) {
        var speakers: [Int: ActorID] = [:]
        let seg = segmentation
        func mentionsIn(_ range: Range<Int>) -> [Mention] {
            guard let first = seg.sentence(of: range.lowerBound) ?? seg.sentence(of: range.upperBound - 1) else { return [] }
            var found: [Mention] = []
            var s = first
            while s < seg.sentences.count && seg.sentences[s].lowerBound < range.upperBound {
                found += mentions[s].filter { $0.start >= range.lowerBound && $0.start < range.upperBound }
                s += 1
            }
            return found
        }
        func speakerAfter(_ span: Range<Int>) -> ActorID? {
            let limit = min(seg.tokens.count, span.upperBound + 8)
            guard span.upperBound < limit, !seg.tokens[span.upperBound].startsLine else { return nil }
            for v in span.upperBound..<limit {
                if seg.tokens[v].startsLine || seg.inQuote[v] { break }
                guard seg.isMarker(v, .speech) else { continue }
                let near = mentionsIn(span.upperBound..<min(seg.tokens.count, v + 6)).filter { $0.actor != nil && $0.kind != .firstPerson }
                return near.first?.actor
            }
            return nil
        }
        func speakerBefore(_ span: Range<Int>) -> ActorID? {
            let start = max(0, span.lowerBound - 12)
            guard start < span.lowerBound else { return nil }
            var v = span.lowerBound - 1
            while v >= start {
                if seg.inQuote[v] { return nil }
                if seg.isMarker(v, .speech) {
                    return mentionsIn(max(0, v - 12)..<v).filter { $0.actor != nil && $0.kind != .firstPerson }.last?.actor
                }
                if seg.tokens[v].startsLine { break }
                v -= 1
            }
            return nil
        }
        var spans: [Range<Int>] = []
        var i = 0
        while i < seg.tokens.count {
            guard seg.inQuote[i] else { i += 1; continue }
            var j = i
            while j < seg.tokens.count && seg.inQuote[j] && !(j > i && seg.tokens[j].startsLine) { j += 1 }
            spans.append(i..<j)
            i = j
        }
        var lastSpeaker: (ActorID, Int)? = nil
        for span in spans {
            guard let s = seg.sentence(of: span.lowerBound) ?? seg.sentence(of: span.upperBound - 1) else { continue }
            var speaker = speakerAfter(span) ?? speakerBefore(span)
            if speaker == nil, let (previous, sentence) = lastSpeaker, s - sentence <= 4 { speaker = previous }
            guard let speaker else { continue }
            for t in span { speakers[t] = speaker }
            lastSpeaker = (speaker, s)
        }
        quoteSpeaker = speakers
    }
}
