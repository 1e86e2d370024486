import Testing

@testable import StanceGraph

@Suite("Uniform columns")
struct UniformColumnTests {
    @Test("reads like the array of its rows: empty, one, all equal, then one that differs, appended or set")
    func ladder() {
        var column: UniformColumn<Int32> = []
        var rows: [Int32] = []
        #expect(column.isEmpty && Array(column) == rows)
        column.reserveCapacity(10)
        for _ in 0..<5 {
            column.append(7)
            rows.append(7)
            #expect(Array(column) == rows && column.isUniform)
        }
        column[2] = 7  // the shared value: still one value
        #expect(column.isUniform)
        column.append(8)
        rows.append(8)
        #expect(Array(column) == rows && !column.isUniform)
        var set = UniformColumn<Int32>(repeating: 1, count: 4)
        set[3] = 2
        #expect(Array(set) == [1, 1, 1, 2])
        #expect(UniformColumn<Int32>([3, 3]) == UniformColumn(repeating: 3, count: 2))
        #expect(UniformColumn<Int32>([3, 4]) != UniformColumn(repeating: 3, count: 2))
        #expect(UniformColumn<Int32>(repeating: 3, count: 0).isEmpty)
    }
}
