import StanceGraph

/// The fourth stage: who says what. Every quoted word gets its speaker:
/// the one named next to the quotation ("...," he said; X said: "...";
/// said X), or, for a paragraph that is all quotation, the speaker of the
/// quotation before. A person named next to the quotation whom the
/// gazetteer does not know ("general secretary Mick Whelan said, ...")
/// speaks for no actor, and the quotation has none. Reported speech outside
/// quotations is read from the parse later (the subject of the verb of
/// saying that governs a clause).
struct Attribution {
    /// The speaker of each quoted token.
    let quoteSpeaker: [Int: ActorID]

    init(segmentation: Segmentation, mentions: [[Mention]], unnamed: UnnamedPeople) {
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
        /// An actor's mention, or "he" or "she" for a person no actor stands for.
        func isSpeaker(_ m: Mention) -> Bool {
            guard m.kind != .firstPerson else { return false }
            return m.actor != nil || m.reference == .male || m.reference == .female
        }
        /// The speaker named next to a quotation: an actor, or `.some(nil)` for a person no actor stands for.
        func speakerAfter(_ span: Range<Int>) -> ActorID?? {
            let limit = min(seg.tokens.count, span.upperBound + 8)
            guard span.upperBound < limit, !seg.tokens[span.upperBound].startsLine else { return nil }
            for v in span.upperBound..<limit {
                if seg.tokens[v].startsLine || seg.inQuote[v] { break }
                guard seg.isMarker(v, .speech) else { continue }
                let window = span.upperBound..<min(seg.tokens.count, v + 6)
                let near = mentionsIn(window).filter(isSpeaker)
                if unnamed.any(after: span.upperBound - 1, before: near.first?.start ?? window.upperBound) { return .some(nil) }
                return near.first.map(\.actor)
            }
            return nil
        }
        func speakerBefore(_ span: Range<Int>) -> ActorID?? {
            let start = max(0, span.lowerBound - 12)
            guard start < span.lowerBound else { return nil }
            var v = span.lowerBound - 1
            while v >= start {
                if seg.inQuote[v] { return nil }
                if seg.isMarker(v, .speech) {
                    let last = mentionsIn(max(0, v - 12)..<v).filter(isSpeaker).last
                    if unnamed.any(after: last?.start ?? max(0, v - 12) - 1, before: span.lowerBound) { return .some(nil) }
                    return last.map(\.actor)
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
            let named = speakerAfter(span) ?? speakerBefore(span)
            if let named, named == nil {
                lastSpeaker = nil
                continue
            }
            var speaker = named ?? nil
            // The previous speaker goes on, unless someone unknown is named just before the quotation
            // ("Chakrapani proposed: ...").
            let introduced = unnamed.any(after: max(0, span.lowerBound - 12) - 1, before: span.lowerBound)
            if speaker == nil, !introduced, let (previous, sentence) = lastSpeaker, s - sentence <= 4 { speaker = previous }
            guard let speaker else { continue }
            for t in span { speakers[t] = speaker }
            lastSpeaker = (speaker, s)
        }
        quoteSpeaker = speakers
    }
}
