import EnglishSyntax
import EventImport
import GraphIO
import GraphLoading
import StanceExtraction
import StanceGraph

/// An error whose description is the whole message a user needs, naming
/// the file, line or value that was wrong. `GeoStance.main` prints it on
/// one line of standard error and exits with status 1.
///
/// The libraries' typed errors already say where and what; they reach
/// `main` as thrown, rather than flattened into a ``CLIError`` on the way.
protocol ReportedError: Error, CustomStringConvertible {}

extension CLIError: ReportedError {}
extension ErrorInFile: ReportedError {}
extension GraphError: ReportedError {}
extension InputError: ReportedError {}
extension FormatError: ReportedError {}
extension SyntaxError: ReportedError {}
extension EventImportError: ReportedError {}
extension DecompressionError: ReportedError {}
extension GraphFileError: ReportedError {}
