import Foundation

/// The lines of a file descriptor, read a block at a time: memory holds one
/// block and the longest line, however long the input.
public struct LineReader: Sequence, IteratorProtocol {
    let descriptor: Int32
    var block: [UInt8] = []
    var start = 0
    var finished = false
    /// The 1-based number of the line last returned.
    public private(set) var number = 0

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its line break, `nil` at the end of the input.
    public mutating func next() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if start < block.count {
                if let newline = block[start...].firstIndex(of: 0x0A) {
                    line += block[start..<newline]
                    start = newline + 1
                    number += 1
                    return line
                }
                line += block[start...]
                start = block.count
            }
            if finished {
                guard !line.isEmpty else { return nil }
                number += 1
                return line
            }
            refill()
        }
    }

    mutating func refill() {
        block = [UInt8](repeating: 0, count: 1 << 16)
        var count = 0
        repeat {
            count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        if count <= 0 {
            finished = true
            block = []
        } else {
            block.removeSubrange(count...)
        }
        start = 0
    }
}
