extension RelationGraph {
    /// The standings of `actor`'s partners through relations of `sign` and
    /// a kind in `kinds`: sources of relations into it, and targets of its
    /// own relations when `bothDirections` or the kind is symmetric;
    /// self-loops left out. Strongest first, equal scores by id; each
    /// partner's score sums its relations' magnitudes in canonical order.
    ///
    /// Four steps over scratch memory allocated once per query:
    /// 1. The relations that count are copied out of each list without a
    ///    branch, as (partner, position) keys with their magnitudes. Both
    ///    lists are ascending by partner, then position (relations are in
    ///    canonical order, source first).
    /// 2. When both lists have some with a partner in common, they are
    ///    merged on that key, so each partner's relations are one run in
    ///    canonical order.
    /// 3. One pass over the runs writes a ``RankKey`` per partner.
    /// 4. The keys are sorted (``RankKey/sort(_:count:scratch:buckets:)``),
    ///    and the answer (``SharedAnswer``, one allocation) takes an entry
    ///    and a run of positions per partner in their order.
    ///
    /// - Complexity: O(*k*) in the relations touching `actor`, plus the sort
    ///   of its *p* partners.
    func standings(toward actor: ActorID, sign: Int, kinds: KindMask, bothDirections: Bool) throws(GraphError)
        -> Standings
    {
        guard let v = actorIndex[actor] else {
            throw .unknownActor(actor.rawValue, suggestions: suggestions(for: actor.rawValue))
        }
        let t = topology, wanted = Int8(sign)
        let into = t.incomingPositions(v)
        // An outgoing relation counts when its kind is wanted and, unless
        // both directions count, symmetric; without such a kind or a
        // symmetric relation of its own, the actor's run is not read.
        let outKinds = kinds.bits & (bothDirections ? .max : Topology.symmetricKindBits)
        let readsOut = outKinds != 0 && (bothDirections || t.symmetricOutStart[Int(v)] < t.symmetricOutStart[Int(v) + 1])
        let out = readsOut ? t.outgoing(v) : 0..<0
        let m = into.count + out.count
        guard m > 0 else { return Standings() }

        let scratch = StandingsScratch(relations: m)
        defer { scratch.deallocate() }
        // 1. The relations that count, as keys and magnitudes, in two runs.
        let fromIn = t.keepIncoming(into, of: v, sign: wanted, kinds: kinds, into: scratch.keys, scratch.magnitudes)
        let fromOut = t.keepOutgoing(
            out, of: v, sign: wanted, kinds: outKinds, into: scratch.keys + fromIn, scratch.magnitudes + fromIn)
        let kept = fromIn + fromOut
        guard kept > 0 else { return Standings() }
        // 2. One run ordered by partner, then position. Runs without a
        // partner in common are that already, one after the other.
        var keys = scratch.keys, magnitudes = scratch.magnitudes
        if fromIn > 0 && fromOut > 0 && Self.shareAPartner(keys, fromIn, kept, filter: scratch.filter) {
            Self.merge(keys, magnitudes, fromIn, kept, into: scratch.mergedKeys, scratch.mergedMagnitudes)
            (keys, magnitudes) = (scratch.mergedKeys, scratch.mergedMagnitudes)
        }
        // 3. A rank key per partner, and where its run starts.
        let ranks = scratch.ranks, starts = scratch.starts
        var partners = 0, previous = UInt64.max, score = 0.0
        for i in 0..<kept {
            let partner = keys[i] >> 32
            if partner != previous {
                if partners > 0 {
                    ranks[partners - 1] = RankKey(
                        score: score, partner: Int32(truncatingIfNeeded: previous), group: partners - 1)
                }
                starts[partners] = Int32(truncatingIfNeeded: i)
                partners += 1
                previous = partner
                score = magnitudes[i]
            } else {
                score += magnitudes[i]
            }
        }
        ranks[partners - 1] = RankKey(score: score, partner: Int32(truncatingIfNeeded: previous), group: partners - 1)
        starts[partners] = Int32(truncatingIfNeeded: kept)
        // 4. Strongest first: entries and runs of positions in rank order.
        let ranked = RankKey.sort(ranks, count: partners, scratch: ranks + partners, buckets: scratch.buckets)
        let answer = SharedAnswer.make(sharedRelations, partners: partners, positions: kept) { entries, positions in
            var end = 0
            for k in 0..<partners {
                let rank = ranked[k], g = rank.group
                for i in Int(starts[g])..<Int(starts[g + 1]) {
                    positions[end] = Int32(truncatingIfNeeded: keys[i])
                    end &+= 1
                }
                SharedAnswer.entry(
                    entries, k, score: rank.score, partner: rank.partner, end: Int32(truncatingIfNeeded: end))
            }
        }
        return Standings(answer)
    }

    /// Whether the runs `keys[0..<middle]` and `keys[middle..<end]`, each
    /// ascending, have a partner in common: the first run's partners are
    /// marked in a filter of ``StandingsScratch/filterWords`` words, and
    /// only a partner of the second whose mark is set is looked for in the
    /// first, by binary search.
    ///
    /// - Complexity: O(*m* + *h* log *m*) for *h* marks found set.
    static func shareAPartner(
        _ keys: UnsafeMutablePointer<UInt64>, _ middle: Int, _ end: Int, filter: UnsafeMutablePointer<UInt64>
    ) -> Bool {
        let mask = StandingsScratch.filterWords * 64 - 1
        filter.update(repeating: 0, count: StandingsScratch.filterWords)
        for i in 0..<middle {
            let bit = Int(truncatingIfNeeded: keys[i] >> 32) & mask
            filter[bit >> 6] |= 1 &<< UInt64(bit & 63)
        }
        for j in middle..<end {
            let partner = keys[j] >> 32, bit = Int(truncatingIfNeeded: partner) & mask
            guard filter[bit >> 6] & 1 &<< UInt64(bit & 63) != 0 else { continue }
            var low = 0, high = middle
            while low < high {
                let mid = (low + high) / 2
                if keys[mid] >> 32 < partner { low = mid + 1 } else { high = mid }
            }
            if low < middle && keys[low] >> 32 == partner { return true }
        }
        return false
    }

    /// Merges the two runs `keys[0..<middle]` and `keys[middle..<end]`,
    /// each ascending, with their magnitudes, into `mergedKeys` and
    /// `mergedMagnitudes`. Keys never tie (positions differ).
    static func merge(
        _ keys: UnsafeMutablePointer<UInt64>, _ magnitudes: UnsafeMutablePointer<Double>, _ middle: Int, _ end: Int,
        into mergedKeys: UnsafeMutablePointer<UInt64>, _ mergedMagnitudes: UnsafeMutablePointer<Double>
    ) {
        var i = 0, j = middle, k = 0
        while i < middle && j < end {
            let takeSecond = keys[j] < keys[i]
            let from = takeSecond ? j : i
            mergedKeys[k] = keys[from]
            mergedMagnitudes[k] = magnitudes[from]
            j &+= takeSecond ? 1 : 0
            i &+= takeSecond ? 0 : 1
            k &+= 1
        }
        let rest = i < middle ? i..<middle : j..<end
        (mergedKeys + k).update(from: keys + rest.lowerBound, count: rest.count)
        (mergedMagnitudes + k).update(from: magnitudes + rest.lowerBound, count: rest.count)
    }
}

extension Topology {
    /// The symmetric kinds as a ``KindMask``'s bits.
    static let symmetricKindBits = KindMask(RelationColumns.kinds.filter(\.isSymmetric)).bits

    /// Writes the relations at `positions` of `v`'s incoming list whose sign
    /// is `wanted` and kind in `kinds`, self-loops left out, as
    /// (source << 32 | relation) keys with their magnitudes, in list order.
    /// Every relation is written and only those that count advance the
    /// cursor, so the loop has no branch to mispredict.
    ///
    /// - Returns: how many were kept.
    func keepIncoming(
        _ positions: Range<Int>, of v: Int32, sign wanted: Int8, kinds: KindMask,
        into keys: UnsafeMutablePointer<UInt64>, _ magnitudes: UnsafeMutablePointer<Double>
    ) -> Int {
        var kept = 0
        inSource.withUnsafeBufferPointer { source in
            inSign.withUnsafeBufferPointer { sign in
                inRelations.withUnsafeBufferPointer { relation in
                    inMagnitude.withUnsafeBufferPointer { magnitude in
                        // Every kind is the common case: no kind to read.
                        if kinds == .all {
                            for a in positions {
                                let partner = source[a]
                                keys[kept] = Self.key(partner, relation[a])
                                magnitudes[kept] = magnitude[a]
                                kept &+= Self.bit(sign[a] == wanted) & Self.bit(partner != v)
                            }
                        } else {
                            for a in positions {
                                let partner = source[a], r = relation[a]
                                keys[kept] = Self.key(partner, r)
                                magnitudes[kept] = magnitude[a]
                                kept &+= Self.bit(sign[a] == wanted) & Self.bit(partner != v)
                                    & Int(truncatingIfNeeded: kinds.bits &>> UInt32(kind[Int(r)]) & 1)
                            }
                        }
                    }
                }
            }
        }
        return kept
    }

    /// The merge key of a relation: its partner, then its position.
    @inline(__always)
    static func key(_ partner: Int32, _ relation: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: partner)) << 32 | UInt64(UInt32(bitPattern: relation))
    }

    /// 1 for true, 0 for false: conditions combined with `&` leave no branch.
    @inline(__always)
    static func bit(_ condition: Bool) -> Int { condition ? 1 : 0 }

    /// Writes the relations `positions` (a run of `v`'s outgoing ones) whose
    /// sign is `wanted` and kind's bit is in `kinds`, self-loops left out,
    /// as (target << 32 | relation) keys with their magnitudes, in order.
    ///
    /// - Returns: how many were kept.
    func keepOutgoing(
        _ positions: Range<Int>, of v: Int32, sign wanted: Int8, kinds: UInt32,
        into keys: UnsafeMutablePointer<UInt64>, _ magnitudes: UnsafeMutablePointer<Double>
    ) -> Int {
        var kept = 0
        // Kept relations have sign `wanted`: their magnitude needs no sign read.
        let confidence = self.confidence.shared
        target.withUnsafeBufferPointer { target in
            sign.withUnsafeBufferPointer { sign in
                kind.withUnsafeBufferPointer { kind in
                    @inline(__always) func write(_ b: Int) -> Int32 {
                        let partner = target[b]
                        keys[kept] = Self.key(partner, Int32(truncatingIfNeeded: b))
                        magnitudes[kept] = RelationColumns.magnitude(
                            sign: Int(wanted), intensity: intensity[b], confidence: confidence ?? self.confidence[b],
                            weight: weight[b])
                        return partner
                    }
                    // Every kind (allies): no kind to read.
                    if kinds == .max {
                        for b in positions {
                            let partner = write(b)
                            kept &+= Self.bit(sign[b] == wanted) & Self.bit(partner != v)
                        }
                    } else {
                        for b in positions {
                            let partner = write(b)
                            kept &+= Self.bit(sign[b] == wanted) & Self.bit(partner != v)
                                & Int(truncatingIfNeeded: kinds &>> UInt32(kind[b]) & 1)
                        }
                    }
                }
            }
        }
        return kept
    }
}

/// The working memory of one standings query for `relations` relations, in
/// one allocation: kept keys and magnitudes, their merge, partner starts,
/// rank keys with the sort's scratch, and the sort's bucket counters.
struct StandingsScratch {
    let memory: UnsafeMutableRawPointer
    let keys, mergedKeys: UnsafeMutablePointer<UInt64>
    let magnitudes, mergedMagnitudes: UnsafeMutablePointer<Double>
    /// Per partner, plus the end: where its positions start.
    let starts: UnsafeMutablePointer<Int32>
    /// Per partner, then as many again for the sort.
    let ranks: UnsafeMutablePointer<RankKey>
    let buckets: UnsafeMutablePointer<Int32>
    /// The partner filter of ``RelationGraph/shareAPartner(_:_:_:filter:)``.
    let filter: UnsafeMutablePointer<UInt64>
    /// 4,096 bits: a run of a hundred partners marks few enough that a
    /// partner of the other run seldom finds its bit set by chance.
    static let filterWords = 64

    init(relations m: Int) {
        // Widest alignment first, so every region starts aligned.
        let rankBytes = 2 * m * MemoryLayout<RankKey>.stride
        let wordBytes = (4 * m + Self.filterWords) * 8
        let counterBytes = (m + 1 + RankKey.bucketCapacity(m)) * 4
        memory = .allocate(byteCount: rankBytes + wordBytes + counterBytes, alignment: MemoryLayout<RankKey>.alignment)
        ranks = memory.bindMemory(to: RankKey.self, capacity: 2 * m)
        let words = memory + rankBytes
        keys = words.bindMemory(to: UInt64.self, capacity: m)
        mergedKeys = (words + 8 * m).bindMemory(to: UInt64.self, capacity: m)
        magnitudes = (words + 16 * m).bindMemory(to: Double.self, capacity: m)
        mergedMagnitudes = (words + 24 * m).bindMemory(to: Double.self, capacity: m)
        filter = (words + 32 * m).bindMemory(to: UInt64.self, capacity: Self.filterWords)
        let counters = words + wordBytes
        starts = counters.bindMemory(to: Int32.self, capacity: m + 1)
        buckets = (counters + 4 * (m + 1)).bindMemory(to: Int32.self, capacity: RankKey.bucketCapacity(m))
    }

    func deallocate() { memory.deallocate() }
}
