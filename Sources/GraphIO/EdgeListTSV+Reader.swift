import Foundation
import StanceGraph

/// One read of an edge list: actors interned by the bytes of their ids,
/// rows parsed into plain arrays in file order, then ordered into the
/// graph's columns.
struct EdgeListReader {
    let edgesSource: String
    let nodesSource: String
    /// Actor ids in the order first met, nodes first.
    var ids = ByteInterner()
    /// Per interned id: its kind (organisation unless `nodes.tsv` says otherwise).
    var actorKinds: [ActorKind] = []
    // The rows, in file order.
    var rowSource: [Int32] = [], rowTarget: [Int32] = [], rowKind: [UInt8] = []
    var rowNegative: [Bool] = [], rowWeight: [Double] = [], rowLine: [Int32] = []

    init(edgesSource: String, nodesSource: String) {
        self.edgesSource = edgesSource
        self.nodesSource = nodesSource
    }

    /// Reads `id kind bloc` rows.
    mutating func readNodes(_ bytes: UnsafeBufferPointer<UInt8>) throws(FormatError) {
        var lines = LineScanner(bytes)
        var fields = FieldSplitter()
        while let line = lines.next() {
            let count = fields.split(bytes, line.start, line.end)
            guard count == 3 else {
                throw error(nodesSource, line.number, "expected 3 fields (id, kind, bloc), found \(count)")
            }
            let id = fields[0, bytes], kindName = fields[1, bytes]
            guard !id.isEmpty else { throw error(nodesSource, line.number, "empty actor id") }
            let kind: ActorKind
            if kindName.elementsEqual("state".utf8) {
                kind = .state
            } else if kindName.elementsEqual("leader".utf8) {
                kind = .person
            } else if kindName.elementsEqual("org".utf8) {
                kind = .organisation
            } else {
                throw error(
                    nodesSource, line.number,
                    "unknown actor kind '\(Self.text(kindName))'; expected state, leader or org")
            }
            // A later row for the same id wins, as it keeps its place.
            actorKinds[Int(try actor(id, nodesSource, line.number))] = kind
        }
    }

    /// Reads `source target relation sign weight` rows.
    mutating func readEdges(_ bytes: UnsafeBufferPointer<UInt8>) throws(FormatError) {
        // One relation a line: count them so each array is allocated once.
        let capacity = LineScanner.count(bytes)
        rowSource.reserveCapacity(capacity)
        rowTarget.reserveCapacity(capacity)
        rowKind.reserveCapacity(capacity)
        rowNegative.reserveCapacity(capacity)
        rowWeight.reserveCapacity(capacity)
        rowLine.reserveCapacity(capacity)
        var lines = LineScanner(bytes)
        var fields = FieldSplitter()
        while let line = lines.next() {
            let number = line.number
            let count = fields.split(bytes, line.start, line.end)
            guard count == 5 else {
                throw error(
                    edgesSource, number, "expected 5 fields (source, target, relation, sign, weight), found \(count)")
            }
            let source = fields[0, bytes], target = fields[1, bytes]
            let relation = fields[2, bytes], signText = fields[3, bytes], weightText = fields[4, bytes]
            guard !source.isEmpty, !target.isEmpty else { throw error(edgesSource, number, "empty actor id") }
            guard let kind = Self.relationKind(relation) else {
                throw error(
                    edgesSource, number,
                    "unknown relation '\(Self.text(relation))'; expected one of "
                        + EdgeListTSV.relationKinds.keys.sorted().joined(separator: ", "))
            }
            let sign: Int
            if signText.elementsEqual("+1".utf8) || signText.elementsEqual("1".utf8) {
                sign = 1
            } else if signText.elementsEqual("-1".utf8) {
                sign = -1
            } else {
                throw error(edgesSource, number, "sign '\(Self.text(signText))' is not +1 or -1")
            }
            // A request is an appeal (+1) or a demand (-1); every other kind has one sign.
            guard sign == kind.sign.rawValue || kind == .request else {
                throw error(
                    edgesSource, number, "sign \(Self.text(signText)) contradicts relation '\(Self.text(relation))'")
            }
            guard let weight = Self.number(weightText), weight.isFinite, weight >= 0 else {
                throw error(
                    edgesSource, number, "weight '\(Self.text(weightText))' is not a non-negative number")
            }
            guard let line32 = Int32(exactly: number) else {
                throw error(edgesSource, number, "more lines than an edge list can hold (\(Int32.max))")
            }
            rowSource.append(try actor(source, edgesSource, number))
            rowTarget.append(try actor(target, edgesSource, number))
            rowKind.append(UInt8(kind.order))
            rowNegative.append(sign < 0)
            rowWeight.append(weight)
            rowLine.append(line32)
        }
    }

    /// The position of the actor `id`, added (as an organisation) when new.
    mutating func actor(_ id: UnsafeBufferPointer<UInt8>, _ file: String, _ line: Int) throws(FormatError) -> Int32 {
        let (position, isNew) = ids.intern(id)
        if isNew {
            guard String(validating: id, as: UTF8.self) != nil else {
                throw error(file, line, "actor id '\(Self.text(id))' is not valid UTF-8")
            }
            actorKinds.append(.organisation)
        }
        return position
    }

    /// The graph: actors sorted by id, the rows in canonical order.
    ///
    /// Every row has the same document and its own line number, so the
    /// canonical order is (source, target, kind) with ties in file order,
    /// and no two rows share an identity: three stable counting sorts,
    /// least significant key first, give it without comparing rows.
    func graph() -> RelationGraph {
        let names = (0..<ids.count).map { ActorID(ids.string(at: $0)) }
        let byID = names.indices.sorted { names[$0] < names[$1] }
        var rank = [Int32](repeating: 0, count: names.count)
        for (r, i) in byID.enumerated() { rank[i] = Int32(r) }

        let n = rowKind.count
        var order = Array(0..<Int32(n))
        order = Self.stablySorted(order, buckets: RelationColumns.kinds.count) { Int(rowKind[Int($0)]) }
        order = Self.stablySorted(order, buckets: names.count) { Int(rank[Int(rowTarget[Int($0)])]) }
        order = Self.stablySorted(order, buckets: names.count) { Int(rank[Int(rowSource[Int($0)])]) }

        var columns = RelationColumns()
        columns.texts = [edgesSource]
        let none = RelationColumns.none
        columns.source = order.map { rank[Int(rowSource[Int($0)])] }
        columns.target = order.map { rank[Int(rowTarget[Int($0)])] }
        columns.kind = order.map { rowKind[Int($0)] }
        columns.modality = UniformColumn(repeating: RelationColumns.code(of: .asserted), count: n)
        columns.mode = UniformColumn(repeating: none, count: n)
        columns.date = UniformColumn(repeating: none, count: n)
        columns.confidence = UniformColumn(repeating: 1, count: n)
        columns.intensity = order.map { rowNegative[Int($0)] ? -1 : 1 }
        columns.weight = order.map { rowWeight[Int($0)] }
        columns.document = UniformColumn(repeating: 0, count: n)
        columns.sentenceIndex = order.map { rowLine[Int($0)] }
        columns.rangeLower = UniformColumn(repeating: none, count: n)
        columns.rangeUpper = UniformColumn(repeating: none, count: n)
        columns.sentence = UniformColumn(repeating: none, count: n)
        columns.speaker = UniformColumn(repeating: none, count: n)
        columns.cue = UniformColumn(repeating: none, count: n)
        let actors = byID.map { Actor(id: names[$0], name: names[$0].rawValue, kind: actorKinds[$0]) }
        return RelationGraph(sortedActors: actors, canonicalColumns: columns)
    }

    /// `order` stably sorted by `key`, whose values lie in `0..<buckets` (a counting sort).
    ///
    /// - Complexity: O(*n* + *buckets*).
    static func stablySorted(_ order: [Int32], buckets: Int, key: (Int32) -> Int) -> [Int32] {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for i in order { starts[key(i) + 1] += 1 }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        var sorted = [Int32](repeating: 0, count: order.count)
        for i in order {
            let k = key(i)
            sorted[starts[k]] = i
            starts[k] += 1
        }
        return sorted
    }

    /// The kind of a relation name.
    static func relationKind(_ name: UnsafeBufferPointer<UInt8>) -> RelationKind? {
        switch name.count {
        case 7:
            if name.elementsEqual("support".utf8) { return .support }
            if name.elementsEqual("meeting".utf8) { return .consult }
            if name.elementsEqual("hostile".utf8) { return .accuse }
            return nil
        case 6: return name.elementsEqual("threat".utf8) ? .threaten : nil
        case 14: return name.elementsEqual("non_aggression".utf8) ? .nonAggression : nil
        default: return nil
        }
    }

    /// Powers of ten that are exact doubles.
    static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// The number a field spells, as `Double(String)` reads it.
    ///
    /// Plain decimals of up to 15 digits (`0.776`) are read directly: the
    /// digits make an integer below 2^53 and the divisor a power of ten
    /// below 10^23, both exact doubles, so one correctly rounded division
    /// gives the correctly rounded value (Clinger's fast path). Anything
    /// else (exponents, signs, `inf`, long digit strings) goes through
    /// `Double(String)`.
    static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, seenPoint = false
        for byte in field {
            if byte &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                return Double(text(field))
            }
        }
        guard digits > 0 && digits <= 15 else { return Double(text(field)) }
        return Double(mantissa) / powersOfTen[fractionDigits]
    }

    /// A field as text, for messages and rare paths.
    static func text(_ field: UnsafeBufferPointer<UInt8>) -> String { String(decoding: field, as: UTF8.self) }

    func error(_ file: String, _ line: Int, _ problem: String) -> FormatError {
        FormatError(source: file, format: .edgeList, location: .line(line), problem: .invalid(problem))
    }
}

/// The data lines of a TSV buffer: the header (line 1) and blank lines
/// skipped, a line's `\r\n` or `\n` left out.
struct LineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next data line: its number from 1 and its byte range.
    mutating func next() -> (number: Int, start: Int, end: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        while position < bytes.count {
            let start = position
            let stop = memchr(base + start, 0x0A, bytes.count - start)
                .map { Int(bitPattern: $0) - Int(bitPattern: base) } ?? bytes.count
            position = stop + 1
            number += 1
            let end = stop > start && bytes[stop - 1] == 0x0D ? stop - 1 : stop
            if number > 1 && end > start { return (number, start, end) }
        }
        return nil
    }

    /// How many line ends `bytes` holds.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0, position = 0
        while position < bytes.count,
            let found = memchr(base + position, 0x0A, bytes.count - position)
        {
            count += 1
            position = Int(bitPattern: found) - Int(bitPattern: base) + 1
        }
        return count
    }
}

/// Splits a line at its tabs, keeping the ranges of the first few fields.
struct FieldSplitter {
    static let kept = 5
    private var starts = [Int](repeating: 0, count: kept)
    private var ends = [Int](repeating: 0, count: kept)

    /// Splits `bytes[start..<end]`; returns how many fields it has.
    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0, fieldStart = start
        for i in start..<end where bytes[i] == 0x09 {
            if count < Self.kept {
                starts[count] = fieldStart
                ends[count] = i
            }
            count += 1
            fieldStart = i + 1
        }
        if count < Self.kept {
            starts[count] = fieldStart
            ends[count] = end
        }
        return count + 1
    }

    /// Field `i` of the line last split, which must have more than `i` fields.
    subscript(i: Int, bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[starts[i]..<ends[i]])
    }
}
