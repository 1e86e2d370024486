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
        if let failure = writeInPlace(data, to: temporary.path) {
            unlink(temporary.path)
            throw CLIError("\(path): cannot write the file (\(String(cString: strerror(failure))))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw CLIError("\(path): cannot write the file (\(reason))")
        }
    }

    /// Writes `data` to `path` itself, created or truncated; the errno of a failure, else nil.
    ///
    /// Not `FileManager.createFile`, which writes through a temporary file of its own beside the
    /// target: a signal during the write left that file behind, where the interrupt handler,
    /// which removes only the names it knows, could not find it.
    static func writeInPlace(_ data: Data, to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
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
