import Foundation

/// Writes a file so that readers see the old content or the new, never half:
/// a temporary file beside it, then a rename.
enum AtomicFile {
    nonisolated(unsafe) static var pending: String?

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        pending = temporary.path
        installInterruptHandler()
        defer { pending = nil }
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CLIError("\(path): cannot write the file (\(String(cString: strerror(errno))))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw CLIError("\(path): cannot write the file (\(reason))")
        }
    }

    nonisolated(unsafe) static var installed = false

    /// On Ctrl-C or SIGTERM, remove the temporary file before dying.
    static func installInterruptHandler() {
        guard !installed else { return }
        installed = true
        // A parent may have blocked these signals; Ctrl-C must still stop us.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                if let pending = AtomicFile.pending { unlink(pending) }
                AtomicFolder.removePending()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
