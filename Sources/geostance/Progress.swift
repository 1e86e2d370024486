import Foundation

/// A one-line progress bar on standard error, shown only on a terminal
/// (never in pipes, files or CI) and only for work worth watching.
final class Progress {
    let total: Int
    let label: String
    let enabled: Bool
    var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        self.enabled = Console.stderrIsTerminal && !Console.quiet && total >= 20
    }

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(done)/\(total) \(label)".utf8))
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
