import Foundation
import GraphExport
import StanceExtraction
import StanceGraph

/// A failure to report on one line, exiting with status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

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

/// Where the shipped data lives: --data, $GEOSTANCE_DATA, ./Data, or the
/// Data folder of the package the executable was built in.
enum DataLocator {
    static func directory(_ explicit: String?) throws -> URL {
        let fm = FileManager.default
        if let explicit {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(explicit): no such data folder")
            }
            return URL(fileURLWithPath: explicit)
        }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["GEOSTANCE_DATA"] { candidates.append(URL(fileURLWithPath: env)) }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Data"))
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Data"))
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates where fm.fileExists(atPath: candidate.appendingPathComponent("gazetteer/states.tsv").path) {
            return candidate
        }
        throw CLIError("cannot find the Data folder (give --data DIR or set GEOSTANCE_DATA)")
    }

    /// Reads the knowledge files under the data folder.
    static func knowledge(_ explicit: String?) throws -> Knowledge {
        // A data folder that is a symbolic link is listed through its target.
        let root = try directory(explicit).resolvingSymlinksInPath()
        var files: [DataFile] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CLIError("\(root.path): cannot list the data folder")
        }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            files.append(DataFile(path: relative, text: try InputFiles.readText(url)))
        }
        let syntax = try SyntaxData.model(explicit)
        do {
            return try Knowledge.load(files, syntax: syntax)
        } catch {
            throw CLIError("\(root.appendingPathComponent(error.file).path)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
        }
    }
}

/// Reading articles from paths.
enum InputFiles {
    static func readBytes(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw CLIError("\(url.path): cannot read the file (\(describe(error)))")
        }
    }

    static func readText(_ url: URL) throws -> String {
        try decode(readBytes(url), source: url.path)
    }

    static func decode(_ data: Data, source: String) throws -> String {
        do {
            return try DocumentReader.decodeUTF8(data, source: source)
        } catch {
            throw CLIError(error.description)
        }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }

    static let articleExtensions: Set<String> = ["txt", "text", "md", "jsonl", "ndjson", "csv"]

    /// One place articles come from: a file, or standard input.
    enum Source {
        case file(URL)
        case standardInput

        var name: String {
            switch self {
            case .file(let url): return url.path
            case .standardInput: return "<stdin>"
            }
        }
    }

    /// The article sources the paths name (`-` is standard input), folders expanded, in path order.
    ///
    /// - Throws: ``CLIError`` for a missing path or a folder with no articles.
    static func sources(_ paths: [String]) throws -> [Source] {
        var sources: [Source] = []
        for path in paths {
            if path == "-" {
                sources.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let files = try articleFiles(in: URL(fileURLWithPath: path))
                if files.isEmpty { throw CLIError("\(path): no articles in this folder (looked for .txt, .jsonl, .csv)") }
                sources += files.map(Source.file)
            } else {
                sources.append(.file(URL(fileURLWithPath: path)))
            }
        }
        return sources
    }

    /// The articles of one source, and the records in it that were left out.
    ///
    /// - Throws: ``CLIError`` for a file that cannot be read, or that holds
    ///   no article but only bad records.
    static func documents(in source: Source) throws -> (documents: [Document], skipped: [InputError]) {
        switch source {
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try parse(decode(data, source: "<stdin>"), name: "<stdin>", ext: "txt")
        case .file(let url):
            let text = try readText(url)
            if text.allSatisfy(\.isWhitespace) { throw CLIError("\(url.path): empty file, no article to read") }
            let read = try parse(text, name: url.path, ext: fileExtension(url.path))
            if read.documents.isEmpty, let first = read.skipped.first {
                let more = read.skipped.count - 1
                throw CLIError("\(first)" + (more > 0 ? " (and \(more) more bad record\(more == 1 ? "" : "s"), none good)" : ""))
            }
            return read
        }
    }

    /// Reads, extracts and hands over the articles of `paths` in batches, so
    /// that memory holds one batch of text at a time, with a progress bar on
    /// a terminal. A bad file or record among good ones is named on standard
    /// error and skipped; only when nothing could be read is it an error.
    static func extractInBatches(
        _ paths: [String], extractor: Extractor, threads: Int?, batchBytes: Int = 8 << 20,
        _ body: (_ documents: [Document], _ extractions: [DocumentExtraction]) throws -> Void
    ) throws -> Int {
        let all = try sources(paths)
        let progress = Progress(total: all.count, label: "articles files")
        var batch: [Document] = []
        var bytes = 0
        var count = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            try body(batch, extractor.extract(from: batch, threads: threads))
            count += batch.count
            batch.removeAll(keepingCapacity: true)
            bytes = 0
        }
        var failures: [CLIError] = []
        var badRecords: [InputError] = []
        for (i, source) in all.enumerated() {
            let read: (documents: [Document], skipped: [InputError])
            do {
                read = try self.documents(in: source)
            } catch let error as CLIError {
                failures.append(error)
                progress.update(i + 1)
                continue
            }
            badRecords += read.skipped
            batch += read.documents
            bytes += read.documents.reduce(0) { $0 + $1.text.utf8.count }
            if bytes >= batchBytes { try flush() }
            progress.update(i + 1)
        }
        try flush()
        progress.finish()
        if count == 0, let first = failures.first {
            if failures.count == 1 { throw first }
            throw CLIError("no readable articles: all \(failures.count) files failed (first: \(first))")
        }
        for failure in failures { Console.error("warning: \(failure) (skipped)") }
        for record in badRecords.prefix(warningLimit) { Console.error("warning: \(record) (record skipped)") }
        if badRecords.count > warningLimit {
            Console.error("warning: \(badRecords.count - warningLimit) more bad records not shown")
        }
        var left: [String] = []
        if !failures.isEmpty { left.append("\(failures.count) of \(all.count) files") }
        if !badRecords.isEmpty { left.append("\(badRecords.count) bad record\(badRecords.count == 1 ? "" : "s")") }
        if !left.isEmpty {
            Console.error("warning: \(left.joined(separator: " and ")) skipped; the other \(count) articles were read")
        }
        return count
    }

    /// How many skipped records are named one by one.
    static let warningLimit = 1000

    /// The regular files under `folder` with an article extension, sorted by path.
    ///
    /// Paths stay strings until the end: URL resource values and URL paths
    /// compared while sorting took most of the time for 100,000 small files.
    static func articleFiles(in folder: URL) throws -> [URL] {
        let root = folder.path
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw CLIError("\(root): cannot list the folder")
        }
        var paths: [String] = []
        for case let relative as String in walker where articleExtensions.contains(fileExtension(relative)) {
            let path = root.hasSuffix("/") ? root + relative : root + "/" + relative
            var info = stat()
            if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { paths.append(path) }
        }
        return paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// The lowercased extension of the last component of `path`, "" for none.
    static func fileExtension(_ path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The last component of `path`.
    static func fileName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The articles in one file's text, by its extension, and its bad records.
    static func parse(_ text: String, name: String, ext: String) throws -> (documents: [Document], skipped: [InputError]) {
        var skipped: [InputError] = []
        do {
            switch ext {
            case "jsonl", "ndjson": return (DocumentReader.jsonLines(text, source: name, skipped: &skipped), skipped)
            case "csv": return (try DocumentReader.csv(text, source: name, skipped: &skipped), skipped)
            default:
                return ([try DocumentReader.plainText(text, id: fileName(name))], [])
            }
        } catch var error {
            // A plain-text article's errors name its id, the bare file name:
            // among thousands of files in many folders, say which one.
            error.source = name
            throw CLIError(error.description)
        }
    }

    /// The sample corpus shipped in Data/samples.
    static func samplePaths(data: String?) throws -> [String] {
        [try DataLocator.directory(data).appendingPathComponent("samples").path]
    }
}

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

/// Writes to stdout, or atomically to a file.
enum Output {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(Data(text.utf8), to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
