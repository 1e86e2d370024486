import Foundation

/// Clocks and memory gauges for one process.
enum Gauge {
    /// Monotonic wall-clock seconds.
    static func wall() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// CPU seconds used by every thread of the process.
    static func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// A field of /proc/self/status in MB (`VmHWM`, `VmRSS`), or `nil` off Linux.
    static func statusMB(_ field: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kB = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
            return kB.flatMap { Double($0) }.map { $0 / 1024 }
        }
        return nil
    }

    /// Resets the peak-RSS mark to the current RSS (Linux `clear_refs` 5), so
    /// the next ``peakMB()`` is the peak of what follows. False when refused.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    /// Peak resident memory in MB since the last reset (VmHWM), else ru_maxrss.
    static func peakMB() -> Double {
        if let hwm = statusMB("VmHWM") { return hwm }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes
        #endif
    }

    static func currentMB() -> Double { statusMB("VmRSS") ?? peakMB() }
}

/// Wall and CPU seconds of each repetition of one step, with its memory.
struct StepResult: Codable {
    var wall: [Double] = []
    var cpu: [Double] = []
    /// Peak RSS during the step (MB), the process's baseline included.
    var peakMB = 0.0
    /// RSS just before the step (MB): what the process already held.
    var baseMB = 0.0
    /// What the step processed, for rates: bytes, sentences, relations, queries.
    var counts: [String: Int] = [:]
}

/// Runs `body` `reps` times, timing each run; memory is the peak over all runs.
func measure<T>(_ reps: Int, _ body: () throws -> T) rethrows -> (StepResult, T) {
    var result = StepResult()
    Gauge.resetPeak()
    result.baseMB = Gauge.currentMB()
    var last: T?
    for _ in 0..<max(1, reps) {
        last = nil  // free the previous run's answer before the next run
        let w0 = Gauge.wall(), c0 = Gauge.cpu()
        let value = try body()
        result.wall.append(Gauge.wall() - w0)
        result.cpu.append(Gauge.cpu() - c0)
        last = value
    }
    result.peakMB = Gauge.peakMB()
    return (result, last!)
}

/// What one bench command found: its steps in order and the checks it made.
struct Report: Codable {
    var steps: [String: StepResult] = [:]
    var order: [String] = []
    var checks: [String] = []
    var notes: [String: String] = [:]

    mutating func add(_ name: String, _ step: StepResult) {
        steps[name] = step
        order.append(name)
        let median = step.wall.sorted()[step.wall.count / 2]
        FileHandle.standardError.write(
            Data(("  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: " median %9.4f s wall (%d runs), peak %.0f MB\n", median, step.wall.count, step.peakMB)).utf8))
    }

    func write(to path: String?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(self)
        if let path { try data.write(to: URL(fileURLWithPath: path)) } else { FileHandle.standardOutput.write(data) }
    }
}

/// A wrong answer: the benchmark stops and says where.
struct WrongAnswer: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = "WRONG ANSWER: " + description }
}
