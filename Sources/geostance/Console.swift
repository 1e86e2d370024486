import Foundation

/// Messages to standard error.
enum Console {
    nonisolated(unsafe) static var quiet = false
    nonisolated(unsafe) static var verbose = false

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("geostance: \(message)\n".utf8))
    }
    static func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
    static func detail(_ message: String) {
        guard verbose, !quiet else { return }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
    static var stderrIsTerminal: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil }
}
