import Foundation
import GraphIO

/// Writes a folder of files so that readers see the old folder or the new
/// one, never part of one: the files go into a hidden temporary folder beside
/// it, which is then renamed into place.
///
/// A folder that is there already is replaced only when it holds nothing but
/// files of the names being written (an earlier export of the same kind);
/// anything else in it is refused, naming the first stranger, so no file of
/// the user's is deleted. Replacing is two renames (the old folder aside, the
/// new one in), after which the old one is removed; on a failure between
/// them the old folder is put back.
enum AtomicFolder {
    /// The temporary folder being filled and the names written into it, for
    /// the interrupt handler to remove.
    nonisolated(unsafe) static var pending: (folder: String, names: [String])?

    static func write(_ export: ExportFolder, to path: String) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let names = export.files.map(\.name)
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError("\(path): cannot write the folder: \(parent.path) does not exist or is not a folder")
        }
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists {
            guard isFolder.boolValue else {
                throw CLIError("\(path): is a file; this export writes a folder (\(names.joined(separator: ", "))): give a new or empty folder")
            }
            let present = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            if let stranger = present.sorted().first(where: { !names.contains($0) }) {
                throw CLIError("\(path): holds '\(stranger)', which this export did not write; give a new or empty folder so nothing of yours is replaced")
            }
        }
        let process = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(process).tmp")
        let aside = parent.appendingPathComponent(".\(url.lastPathComponent).\(process).old")
        try? manager.removeItem(at: temporary)
        pending = (temporary.path, names)
        AtomicFile.installInterruptHandler()
        defer { pending = nil }
        func fail(_ what: String, _ reason: String) -> CLIError {
            try? manager.removeItem(at: temporary)
            return CLIError("\(path): cannot write \(what) (\(reason))")
        }
        guard mkdir(temporary.path, 0o777) == 0 else { throw fail("the folder", String(cString: strerror(errno))) }
        for file in export.files {
            let target = temporary.appendingPathComponent(file.name).path
            if let failure = AtomicFile.writeInPlace(Data(file.text.utf8), to: target) {
                throw fail(file.name, String(cString: strerror(failure)))
            }
        }
        if exists {
            try? manager.removeItem(at: aside)
            guard rename(url.path, aside.path) == 0 else { throw fail("the folder", String(cString: strerror(errno))) }
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(aside.path, url.path)
                throw fail("the folder", reason)
            }
            try? manager.removeItem(at: aside)
        } else if rename(temporary.path, url.path) != 0 {
            throw fail("the folder", String(cString: strerror(errno)))
        }
    }

    /// Removes the temporary folder being filled, from a signal handler:
    /// only `unlink` and `rmdir` on the known names.
    static func removePending() {
        guard let pending else { return }
        for name in pending.names { unlink(pending.folder + "/" + name) }
        rmdir(pending.folder)
    }
}
