/// A column that holds one value for as long as every row has it, and an
/// array only from the first row that differs.
///
/// Many graphs leave whole fields unset or constant (an edge list has no
/// dates, modes, sentences, speakers or cues, and one document): such a
/// column then costs a few bytes, not a few bytes a row. Reads branch on
/// the representation; writes that differ from the shared value turn the
/// column into an array once.
package struct UniformColumn<Element: Equatable & Sendable>: RandomAccessCollection, MutableCollection, Sendable,
    Equatable, ExpressibleByArrayLiteral
{
    // The three below are internal only so that the getters can be inlined
    // into the modules that read columns (formats, the store), specialised
    // for the element type; everything else goes through the methods.
    /// The rows, when they are not all `shared`.
    @usableFromInline var values: [Element] = []
    /// The value of every row while they agree; `nil` once they are in `values` (or there are none).
    @usableFromInline var shared: Element?
    @usableFromInline var sharedCount = 0
    /// The capacity asked for, given to `values` when it is made.
    private var reserved = 0

    package init() {}

    package init(repeating value: Element, count: Int) {
        if count > 0 {
            shared = value
            sharedCount = count
        }
    }

    package init(_ elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    package init(arrayLiteral elements: Element...) { self.init(elements) }

    @inlinable package var startIndex: Int { 0 }
    @inlinable package var endIndex: Int { shared == nil ? values.count : sharedCount }

    /// Whether every row holds one value, kept once.
    @inlinable package var isUniform: Bool { shared != nil }

    @inlinable package subscript(position: Int) -> Element {
        get {
            if let shared {
                precondition(position >= 0 && position < sharedCount, "row out of range")
                return shared
            }
            return values[position]
        }
        set {
            if let shared {
                precondition(position >= 0 && position < sharedCount, "row out of range")
                if shared == newValue { return }
                spread()
            }
            values[position] = newValue
        }
    }

    package mutating func append(_ value: Element) {
        if let shared {
            if shared == value {
                sharedCount += 1
                return
            }
            spread()
        } else if values.isEmpty {
            shared = value
            sharedCount = 1
            return
        }
        values.append(value)
    }

    package mutating func reserveCapacity(_ n: Int) {
        reserved = Swift.max(reserved, n)
        if shared == nil && !values.isEmpty { values.reserveCapacity(n) }
    }

    /// Writes the shared value out into one array row per row.
    @usableFromInline mutating func spread() {
        guard let value = shared else { return }
        var array = [Element]()
        array.reserveCapacity(Swift.max(reserved, sharedCount + 1))
        array.append(contentsOf: repeatElement(value, count: sharedCount))
        values = array
        shared = nil
        sharedCount = 0
    }

    package static func == (a: UniformColumn, b: UniformColumn) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
