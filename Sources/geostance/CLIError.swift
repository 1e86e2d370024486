/// A problem of the command line itself (options that do not go together,
/// a path that is not what the command needs, a limit the input exceeds),
/// reported on one line, exiting with status 1. The libraries' own errors
/// are not wrapped in it: see ``ReportedError``.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
