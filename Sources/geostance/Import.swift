import ArgumentParser
import EventImport
import Foundation
import GraphIO
import GraphStore
import StanceGraph

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load coded event data (GDELT, ICEWS, PLOVER/POLECAT) into a graph snapshot.",
        discussion: """
            Reads GDELT 1.0/2.0 event files, ICEWS coded event files, or PLOVER JSON and POLECAT \
            tab-separated records, plain or compressed (.gz, .zip), and maps CAMEO codes and actor \
            codes to relations between states, their sectors and named actors. Malformed rows are \
            skipped and counted (--strict stops at the first).

            Examples:
              geostance import gdelt 20240101.export.CSV.zip -o events.db
              geostance import gdelt 20240102.export.CSV.zip -o events.db   # adds the new documents
              geostance import gdelt 20240101.export.CSV.zip -o events.json
              geostance import icews events.2014.tab --merge graph.json -o graph.json
              geostance import plover polecat-2023.tsv.gz --format json
            """)

    @Argument(help: "The event format: gdelt, icews or plover.")
    var source: EventFormat

    @Argument(help: "Event files (.gz and .zip are decompressed), or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "The store (.db, .sqlite) or snapshot (.json) to write; a store that exists is added to.")
    var output: String?

    @Option(help: "Merge into the graph of this existing store or snapshot.")
    var merge: String?

    @Flag(help: "Stop at the first malformed row instead of skipping it.")
    var strict = false

    @Option(help: "The summary's format: table or json.")
    var format: SummaryFormat = .table

    @Option(name: .long, help: "The data folder with mappings/ and gazetteer/ (default: ./Data or $GEOSTANCE_DATA).")
    var data: String?

    @Flag(name: .shortAndLong, help: "Print nothing but results.")
    var quiet = false

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one event file") }
    }

    func run() throws {
        Console.quiet = quiet
        let mappings = try Self.mappings(data)
        let toStore = output.map(GraphFiles.isStore) ?? false
        // A store that exists and cannot be read is said before the import, not after.
        var store = try toStore && FileManager.default.fileExists(atPath: output!)
            ? GraphFiles.open(output!, mode: .readWrite) : nil
        var base = try merge.map(GraphFiles.read) ?? RelationGraph()
        var importer = EventImporter(mappings: mappings, strict: strict)
        for path in files {
            let progress = ByteProgress(path: path)
            do {
                try importer.read(source, try Self.chunks(path, progress: progress), source: path)
            } catch EventImportError.malformedRow(let row) {
                progress.finish()
                throw StoppedByStrict(row: row)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
        }
        let report = importer.report
        if report.rowsKept == 0 {
            // Nothing to import is an error, not an empty snapshot: the wrong
            // format asked for, or a file that is not event data at all.
            let reasons = report.skippedByCategory.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            guard let first = report.skipped.first else { throw CLIError("\(files.joined(separator: ", ")): no event rows to import") }
            throw CLIError("no event could be imported: all \(report.rowsRead) rows skipped (\(reasons.joined(separator: ", "))); first: \(first)")
        }
        let graph = importer.graph()
        let endpoints = RollUpCounts(graph)
        base.merge(graph)
        if toStore, let output {
            // Each event's document (its source URL or event id) is the key: one already stored is skipped.
            if store == nil { store = try GraphFiles.open(output, mode: .readWrite) }
            try GraphFiles.add(base, documents: [], to: store!, path: output)
        } else if let output {
            try AtomicFile.write(try Snapshot.encode(base), to: output)
        }
        try Output.emit(Self.summary(report, endpoints: endpoints, graph: base, files: files, format: format), to: nil)
    }

    /// The mapping tables under the data folder.
    static func mappings(_ explicit: String?) throws -> ImportMappings {
        let root = try DataLocator.directory(explicit)
        do {
            return try ImportMappings.load(dataFolder: root)
        } catch let error as MappingError {
            throw CLIError("\(root.path)/\(error.description)")
        } catch {
            throw CLIError("\(root.path): cannot read the mapping tables (\(error.localizedDescription))")
        }
    }

    /// The file's bytes in 4 MiB chunks, decompressed by its extension.
    static func chunks(_ path: String, progress: ByteProgress) throws -> ByteChunks {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
                throw CLIError("\(path): cannot read the file (\(reason))")
            }
            handle = opened
        }
        let raw = ByteChunks {
            let data = try handle.read(upToCount: 4 << 20) ?? Data()
            guard !data.isEmpty else { return nil }
            progress.advance(data.count)
            return [UInt8](data)
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "gz", "gzip": return raw.gunzipped(source: path)
        case "zip": return raw.unzipped(source: path)
        default: return raw
        }
    }

    static func summary(
        _ report: ImportReport, endpoints: RollUpCounts, graph: RelationGraph, files: [String], format: SummaryFormat
    ) throws -> String {
        let reasons = report.skippedByCategory.sorted { $0.key < $1.key }
        switch format {
        case .json:
            struct Summary: Encodable {
                var files: [String], rowsRead: Int, rowsKept: Int, rowsSkipped: Int
                var skippedByReason: [String: Int], skipped: [String]
                var endpoints: Endpoints
                var actors: Int, relations: Int
            }
            struct Endpoints: Encodable {
                var total, toState, toSector, persons, bodies, noCountry: Int
                var stateShare: Double
            }
            return try Table.json(
                Summary(
                    files: files, rowsRead: report.rowsRead, rowsKept: report.rowsKept,
                    rowsSkipped: report.rowsSkipped, skippedByReason: report.skippedByCategory,
                    skipped: report.skipped.map(\.description),
                    endpoints: Endpoints(
                        total: endpoints.total, toState: endpoints.states, toSector: endpoints.sectors,
                        persons: endpoints.persons, bodies: endpoints.bodies, noCountry: endpoints.noCountry,
                        stateShare: (endpoints.stateShare * 1000).rounded() / 1000),
                    actors: graph.actors.count,
                    relations: graph.relations.count))
        case .table:
            var rows = [
                ["rows read", "\(report.rowsRead)"], ["rows kept", "\(report.rowsKept)"],
                ["rows skipped", "\(report.rowsSkipped)"],
            ]
            rows += reasons.map { ["  \($0.key)", "\($0.value)"] }
            // Where the relations' endpoints land with --rolled-up.
            rows += [
                ["endpoints", "\(endpoints.total)"],
                ["  rolled up to a state", "\(endpoints.states)"],
                ["  to a state sector", "\(endpoints.sectors)"],
                ["  stayed persons", "\(endpoints.persons)"],
                ["  bodies of a state", "\(endpoints.bodies)"],
                ["  no country: actor level", "\(endpoints.noCountry)"],
                ["  states or sectors", String(format: "%.1f%%", endpoints.stateShare * 100)],
            ]
            rows += [["actors", "\(graph.actors.count)"], ["relations", "\(graph.relations.count)"]]
            var text = Table.render(["", "count"], rows)
            let shown = report.skipped.prefix(10)
            if !shown.isEmpty {
                text += "\nfirst skipped rows:\n" + shown.map { "  \($0)" }.joined(separator: "\n") + "\n"
            }
            return text
        }
    }
}

extension EventFormat: ExpressibleByArgument {}

/// A one-line progress meter on standard error, shown only on a terminal.
final class ByteProgress {
    let path: String
    let total: Int?
    var done = 0
    var lastShown = Date.distantPast
    let enabled: Bool

    init(path: String) {
        self.path = path
        self.enabled = Console.stderrIsTerminal && !Console.quiet
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber
        self.total = size?.intValue
    }

    func advance(_ bytes: Int) {
        done += bytes
        guard enabled, Date().timeIntervalSince(lastShown) > 0.2 else { return }
        lastShown = Date()
        let megabytes = Double(done) / 1_048_576
        let percent = total.map { $0 > 0 ? " (\(100 * done / $0)%)" : "" } ?? ""
        FileHandle.standardError.write(Data("\r\(path): \(String(format: "%.0f", megabytes)) MB\(percent)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled, lastShown != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A malformed row that stopped the import because `--strict` asked it to:
/// the library says which row, the command line names its own flag.
struct StoppedByStrict: ReportedError {
    var row: SkippedRow
    var description: String { "\(row) (stopped by --strict)" }
}
