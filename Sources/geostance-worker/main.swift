import ExtractionStream
import Foundation
import StanceExtraction

// geostance-worker: extraction as a filter for Spark's RDD.pipe and Hadoop
// Streaming, an executable that needs nothing but the C library at run time.
// Articles as JSON Lines on standard input, relations as JSON Lines on
// standard output, messages on standard error.

let usage = """
    usage: geostance-worker [--data DIR] < articles.jsonl > relations.jsonl

    Reads one {"id","date","title","text"} article a line on standard input and writes
    each article's relations as JSON Lines on standard output as soon as it is done.
    A bad line is named on standard error and skipped. The data folder is --data DIR,
    else Data/ beside this executable, else $GEOSTANCE_DATA.

    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("geostance-worker: \(message)\n".utf8))
    exit(1)
}

/// --data, else Data/ beside the executable, else $GEOSTANCE_DATA.
func dataFolder(_ arguments: [String]) -> URL {
    if let flag = arguments.firstIndex(of: "--data") {
        guard flag + 1 < arguments.count else { fail("--data needs a folder") }
        let folder = URL(fileURLWithPath: arguments[flag + 1])
        guard KnowledgeFolder.isDataFolder(folder) else { fail("\(folder.path): not a data folder (no gazetteer/states.tsv)") }
        return folder
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var candidates = [executable.deletingLastPathComponent().appendingPathComponent("Data")]
    if let env = ProcessInfo.processInfo.environment["GEOSTANCE_DATA"] { candidates.append(URL(fileURLWithPath: env)) }
    guard let found = candidates.first(where: KnowledgeFolder.isDataFolder) else {
        fail("cannot find the Data folder beside \(executable.path) (give --data DIR or set GEOSTANCE_DATA)")
    }
    return found
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage, terminator: "")
    exit(0)
}
for (i, argument) in arguments.enumerated() where argument != "--data" && (i == 0 || arguments[i - 1] != "--data") {
    fail("unknown argument '\(argument)'\n\(usage)")
}
let knowledge: Knowledge
do {
    knowledge = try KnowledgeFolder.load(dataFolder(arguments))
} catch {
    fail(error.description)
}
signal(SIGPIPE, SIG_IGN)
var lines = LineReader(descriptor: 0)
do {
    let summary = try ArticleStream(extractor: Extractor(knowledge: knowledge)).run(
        &lines, source: "<stdin>",
        write: { relations in
            try FileHandle.standardOutput.write(contentsOf: Data(RelationLines.text(relations).utf8))
        },
        skip: { error in FileHandle.standardError.write(Data("geostance-worker: warning: \(error) (line skipped)\n".utf8)) })
    FileHandle.standardError.write(
        Data("geostance-worker: \(summary.articles) articles, \(summary.relations) relations, \(summary.badLines) bad lines\n".utf8))
} catch {
    fail("cannot write the relations (\(error))")
}
