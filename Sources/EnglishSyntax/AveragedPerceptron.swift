/// A multiclass averaged perceptron over hashed sparse features, for training.
///
/// Collins (2002), "Discriminative training methods for hidden Markov
/// models"; averaging as in Freund and Schapire (1999), computed with the
/// running-sum trick of Daumé III (2006, thesis, §2.1.2): beside each weight
/// `w` it keeps `u`, the sum of every update times the instance count when
/// it was made, so the average after `c` instances is `w - u / c`.
///
/// Each feature owns a row of (class, weight) entries for only the classes
/// it was ever updated for, so rows stay short although there are a hundred
/// classes. ``freeze(minimumCount:)`` gives the compact ``LinearModel``
/// that taggers and parsers use.
struct AveragedPerceptron {
    let classCount: Int
    private(set) var table = FeatureTable()
    private var rowStart: [Int32] = []
    private var rowLength: [UInt16] = []
    private var rowCapacity: [UInt16] = []
    /// How many instances each feature fired in (see ``count(_:)``).
    private var rowSeen: [Int32] = []
    /// Passes over the training data so far (see ``endPass()``).
    private(set) var passes = 0
    private var entryClass: [UInt8] = []
    private var entryWeight: [Float] = []
    private var entrySum: [Double] = []
    /// Instances seen so far.
    private(set) var instances: Int = 1

    init(classCount: Int) {
        precondition(classCount <= 255, "classes are stored as bytes")
        self.classCount = classCount
    }

    /// Adds the raw (not averaged) scores of `features` to `scores`.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { out in
            for key in features {
                guard let row = table.find(key) else { continue }
                let start = Int(rowStart[Int(row)]), end = start + Int(rowLength[Int(row)])
                for e in start..<end { out[Int(entryClass[e])] += entryWeight[e] }
            }
        }
    }

    /// Notes that `features` fired in one instance, for pruning rare ones at the end.
    mutating func count(_ features: UnsafeBufferPointer<UInt64>) {
        for key in features { rowSeen[Int(row(for: key))] += 1 }
    }

    /// Moves the weights of `features` towards `truth` and away from `guess`.
    mutating func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in features {
            let row = Int(row(for: key))
            add(row: row, class: truth, 1)
            add(row: row, class: guess, -1)
        }
    }

    /// Ends one instance: every update from now on counts for one more.
    mutating func tick() { instances += 1 }

    /// Ends one pass over the training data.
    mutating func endPass() { passes += 1 }

    private mutating func row(for key: UInt64) -> Int32 {
        let (row, inserted) = table.findOrInsert(key, next: Int32(rowStart.count))
        if inserted {
            rowStart.append(Int32(entryClass.count))
            rowLength.append(0)
            rowCapacity.append(0)
            rowSeen.append(0)
        }
        return row
    }

    private mutating func add(row: Int, class c: Int, _ delta: Float) {
        let start = Int(rowStart[row]), length = Int(rowLength[row])
        for e in start..<(start + length) where Int(entryClass[e]) == c {
            entryWeight[e] += delta
            entrySum[e] += Double(instances) * Double(delta)
            return
        }
        if length == Int(rowCapacity[row]) {
            // Move the row to the end with twice the room; its old place is left unused.
            // (Element by element: appending a slice of the array itself would copy the whole array.)
            let capacity = max(2, length * 2)
            let newStart = entryClass.count
            for e in start..<(start + capacity) {
                let inside = e < start + length
                entryClass.append(inside ? entryClass[e] : 0)
                entryWeight.append(inside ? entryWeight[e] : 0)
                entrySum.append(inside ? entrySum[e] : 0)
            }
            rowStart[row] = Int32(newStart)
            rowCapacity[row] = UInt16(capacity)
        }
        let e = Int(rowStart[row]) + length
        entryClass[e] = UInt8(c)
        entryWeight[e] = delta
        entrySum[e] = Double(instances) * Double(delta)
        rowLength[row] = UInt16(length + 1)
    }

    /// The averaged weights as a compact model.
    ///
    /// - Parameters:
    ///   - minimumCount: features that fired in fewer instances than this a
    ///     pass, on average over the passes, are left out; 0 keeps every
    ///     feature. Counting every pass keeps the features of states that
    ///     only exploration reaches, which the first pass never sees.
    ///   - threshold: averaged weights smaller than this fraction of the
    ///     largest are left out.
    func freeze(minimumCount: Int = 0, threshold: Float = 0) -> LinearModel {
        let c = Double(instances)
        var rows: [(key: UInt64, seen: Int32, entries: [(UInt8, Float)])] = []
        var largest: Float = 0
        for (key, row) in table.pairs() {
            let r = Int(row)
            if minimumCount > 0 && Int(rowSeen[r]) < minimumCount * max(1, passes) { continue }
            let start = Int(rowStart[r])
            var entries: [(UInt8, Float)] = []
            for e in start..<(start + Int(rowLength[r])) {
                let average = Float(Double(entryWeight[e]) - entrySum[e] / c)
                if average != 0 { entries.append((entryClass[e], average)) }
                largest = max(largest, abs(average))
            }
            if !entries.isEmpty { rows.append((key, rowSeen[r], entries)) }
        }
        let cut = largest * threshold
        rows = rows.map { ($0.key, $0.seen, $0.entries.filter { abs($0.1) > cut }) }.filter { !$0.entries.isEmpty }
        // Most frequent first (the model keeps the head of the list in a small table that stays
        // in the cache), then by key, so a model is the same bytes whatever order the table kept.
        rows.sort { ($1.seen, $0.key) < ($0.seen, $1.key) }
        return LinearModel(classCount: classCount, rows: rows.map { ($0.key, $0.entries) }, largest: largest)
    }
}
