/// The relations of a graph as integers, for queries that touch many of
/// them without hashing an id or copying a relation.
///
/// Actors are their positions in ``RelationGraph/actorIDs``; relation `i`
/// is row `i` of the graph's columns and position `i` in
/// ``RelationGraph/relations``. Because relations are in
/// canonical order (source first), each actor's outgoing relations are one
/// run, `outStart[v]..<outStart[v + 1]`; incoming ones are listed in
/// compressed sparse row form, each actor's list ascending, so both lists
/// visit partners in ascending id order.
struct Topology: Sendable {
    /// Per relation: the source's and target's actor index.
    var source: [Int32] = []
    var target: [Int32] = []
    /// Per relation: ``Relation/sign``.
    var sign: [Int8] = []
    /// Per relation: its kind's code, the graph's column shared
    /// (``isSymmetric(_:)``).
    var kind: [UInt8] = []
    /// Per relation: what |``Relation/score``| is computed from, the graph's
    /// own columns shared, not copied (``magnitude(_:)``); a stored magnitude
    /// would cost 8 bytes a relation.
    var intensity: [Double] = []
    var weight: [Double] = []
    var confidence: UniformColumn<Double> = []
    /// Per actor, plus one: where its outgoing run starts.
    var outStart: [Int32] = [0]
    /// Per actor, plus one: where its incoming list starts in `inRelations`.
    var inStart: [Int32] = [0]
    var inRelations: [Int32] = []
    /// Parallel to `inRelations`: each relation's source, sign and magnitude,
    /// so a scan of an actor's incoming relations reads memory in order
    /// instead of jumping through the per-relation arrays.
    var inSource: [Int32] = []
    var inSign: [Int8] = []
    var inMagnitude: [Double] = []
    /// Per actor, plus one: where its relations of a symmetric kind start in
    /// the lists below, outgoing and incoming (the arcs a directed search
    /// also follows backwards).
    var symmetricOutStart: [Int32] = [0]
    var symmetricInStart: [Int32] = [0]
    /// The other end of each of those relations, in ascending relation order.
    var symmetricOutTarget: [Int32] = []
    var symmetricInSource: [Int32] = []

    init() {}

    /// The topology of the relations in `columns`, which are in canonical
    /// order; their endpoint columns are shared, not copied.
    init(_ columns: RelationColumns, actorCount: Int) {
        let n = columns.count
        source = columns.source
        target = columns.target
        intensity = columns.intensity
        weight = columns.weight
        confidence = columns.confidence
        kind = columns.kind
        sign.reserveCapacity(n)
        for i in 0..<n { sign.append(Int8(columns.sign(at: i))) }
        outStart = Self.starts(of: source, actorCount: actorCount)
        (inStart, inRelations) = Self.lists(0..<Int32(n), by: target, actorCount: actorCount)
        inSource = inRelations.map { source[Int($0)] }
        inSign = inRelations.map { sign[Int($0)] }
        inMagnitude = inRelations.map { magnitude(Int($0)) }
        let symmetricRelations = (0..<Int32(n)).filter { isSymmetric(Int($0)) }
        let symmetricOut: [Int32], symmetricIn: [Int32]
        (symmetricOutStart, symmetricOut) = Self.lists(symmetricRelations, by: source, actorCount: actorCount)
        (symmetricInStart, symmetricIn) = Self.lists(symmetricRelations, by: target, actorCount: actorCount)
        symmetricOutTarget = symmetricOut.map { target[Int($0)] }
        symmetricInSource = symmetricIn.map { source[Int($0)] }
    }

    /// Per kind code: whether the kind is symmetric (alliance, hostility).
    static let symmetricKinds = RelationColumns.kinds.map(\.isSymmetric)

    /// Whether relation `i`'s kind is symmetric.
    @inline(__always)
    func isSymmetric(_ i: Int) -> Bool { Self.symmetricKinds[Int(kind[i])] }

    /// |``Relation/score``| of relation `i`, by the columns' own formula.
    @inline(__always)
    func magnitude(_ i: Int) -> Double {
        RelationColumns.magnitude(sign: Int(sign[i]), intensity: intensity[i], confidence: confidence[i], weight: weight[i])
    }

    /// `relations` grouped by `key[relation]` in compressed sparse row
    /// form (a counting sort), each group in the order given.
    static func lists(
        _ relations: some Collection<Int32>, by key: [Int32], actorCount: Int
    ) -> (starts: [Int32], list: [Int32]) {
        let starts = Self.starts(of: relations.lazy.map { key[Int($0)] }, actorCount: actorCount)
        var next = starts
        var list = [Int32](repeating: 0, count: relations.count)
        for i in relations {
            let k = Int(key[Int(i)])
            list[Int(next[k])] = i
            next[k] += 1
        }
        return (starts, list)
    }

    /// Counting-sort offsets: where each actor's entries start, plus the end.
    static func starts(of keys: some Sequence<Int32>, actorCount: Int) -> [Int32] {
        var starts = [Int32](repeating: 0, count: actorCount + 1)
        for key in keys { starts[Int(key) + 1] += 1 }
        for v in 0..<actorCount { starts[v + 1] += starts[v] }
        return starts
    }

    /// The relations `v` is the source of, ascending.
    @inline(__always)
    func outgoing(_ v: Int32) -> Range<Int> { Int(outStart[Int(v)])..<Int(outStart[Int(v) + 1]) }

    /// The relations `v` is the target of, ascending.
    @inline(__always)
    func incoming(_ v: Int32) -> ArraySlice<Int32> {
        inRelations[incomingPositions(v)]
    }

    /// Where `v`'s incoming relations sit in `inRelations` and the arrays
    /// parallel to it.
    @inline(__always)
    func incomingPositions(_ v: Int32) -> Range<Int> { Int(inStart[Int(v)])..<Int(inStart[Int(v) + 1]) }

    /// The sources of `v`'s incoming relations, in the order of ``incoming(_:)``.
    @inline(__always)
    func incomingSources(_ v: Int32) -> ArraySlice<Int32> { inSource[incomingPositions(v)] }

    /// The other ends of `v`'s relations of a symmetric kind, outgoing and
    /// incoming, in ascending relation order.
    @inline(__always)
    func symmetricOutgoingTargets(_ v: Int32) -> ArraySlice<Int32> {
        symmetricOutTarget[Int(symmetricOutStart[Int(v)])..<Int(symmetricOutStart[Int(v) + 1])]
    }

    @inline(__always)
    func symmetricIncomingSources(_ v: Int32) -> ArraySlice<Int32> {
        symmetricInSource[Int(symmetricInStart[Int(v)])..<Int(symmetricInStart[Int(v) + 1])]
    }

    // MARK: Arcs of a search

    /// Calls `body` with the actor at the far end of each arc out of `u`:
    /// its relations, and the relations of a symmetric kind into it (every
    /// relation into it when not `directed`), only those `usable` accepts
    /// when given. Stops when `body` returns false.
    ///
    /// - Returns: false when `body` stopped it.
    @inline(__always) @discardableResult
    func forEachSuccessor(
        of u: Int32, directed: Bool, usable: ((Int) -> Bool)? = nil, _ body: (Int32) -> Bool
    ) -> Bool {
        guard let usable else {
            for i in outgoing(u) where !body(target[i]) { return false }
            for v in directed ? symmetricIncomingSources(u) : incomingSources(u) where !body(v) { return false }
            return true
        }
        for i in outgoing(u) where usable(i) && !body(target[i]) { return false }
        for p in incomingPositions(u) {
            let i = Int(inRelations[p])
            if (!directed || isSymmetric(i)) && usable(i) && !body(inSource[p]) { return false }
        }
        return true
    }

    /// Calls `body` with the actor at the near end of each arc into `u`:
    /// the arcs ``forEachSuccessor(of:directed:usable:_:)`` follows, taken
    /// backwards. Stops when `body` returns false.
    ///
    /// - Returns: false when `body` stopped it.
    @inline(__always) @discardableResult
    func forEachPredecessor(
        of u: Int32, directed: Bool, usable: ((Int) -> Bool)? = nil, _ body: (Int32) -> Bool
    ) -> Bool {
        guard let usable else {
            for v in incomingSources(u) where !body(v) { return false }
            if directed {
                for v in symmetricOutgoingTargets(u) where !body(v) { return false }
            } else {
                for i in outgoing(u) where !body(target[i]) { return false }
            }
            return true
        }
        for p in incomingPositions(u) where usable(Int(inRelations[p])) && !body(inSource[p]) { return false }
        for i in outgoing(u) where (!directed || isSymmetric(i)) && usable(i) && !body(target[i]) { return false }
        return true
    }
}
