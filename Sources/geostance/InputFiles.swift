import Foundation
import GraphLoading
import StanceExtraction

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
        try DocumentReader.decodeUTF8(data, source: source)
    }

    static func describe(_ error: Error) -> String {
        GraphFile.reason(error)
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
    ///   no article but only bad records; ``InputError`` for text that is
    ///   not UTF-8 or a record that cannot be read.
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
        var failures: [any ReportedError] = []
        var badRecords: [InputError] = []
        for (i, source) in all.enumerated() {
            let read: (documents: [Document], skipped: [InputError])
            do {
                read = try self.documents(in: source)
            } catch let error as any ReportedError {
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
            throw error
        }
    }

    /// The sample corpus shipped in Data/samples.
    static func samplePaths(data: String?) throws -> [String] {
        [try DataLocator.directory(data).appendingPathComponent("samples").path]
    }
}
