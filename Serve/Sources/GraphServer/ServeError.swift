import Foundation
import GraphIO
import Hummingbird

/// A request the server refuses: a status (4xx for the client's mistakes)
/// and one sentence saying what was wrong, sent as `{"error": {"message": ...}}`.
package struct ServeError: Error, HTTPResponseError, CustomStringConvertible {
    package var status: HTTPResponse.Status
    package var message: String

    package init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    package var description: String { "\(status.code): \(message)" }

    private struct Body: Encodable {
        struct Message: Encodable { var message: String }
        var error: Message
    }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONBody.response(Body(error: Body.Message(message: message)))
        response.status = status
        return response
    }
}

/// JSON answers: sorted keys, and `<`, `>`, `&` written as `\u` escapes
/// (``MarkupText/scriptSafe(_:)``), so that no answer reads as markup even
/// to a browser that sniffs it.
enum JSONBody {
    static func response(_ value: some Encodable) throws -> Response {
        response(text: try text(value))
    }

    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return MarkupText.scriptSafe(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func response(text: String) -> Response {
        Response(
            status: .ok, headers: Headers.common(contentType: "application/json; charset=utf-8"),
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

enum Headers {
    /// What every answer carries: its type, no sniffing, no framing, no caching by proxies.
    static func common(contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        fields[.init("X-Frame-Options")!] = "DENY"
        fields[.cacheControl] = "no-store"
        return fields
    }
}

/// The query parameters of a request, read strictly.
struct QueryParameters {
    /// Each parameter's values, in the order given.
    let parameters: [String: [String]]

    init(_ request: Request) {
        var parameters: [String: [String]] = [:]
        for (key, value) in request.uri.queryParameters { parameters[String(key), default: []].append(String(value)) }
        self.parameters = parameters
    }

    /// A parameter that must be there and not empty.
    func required(_ name: String) throws(ServeError) -> String {
        guard let value = parameters[name]?.first, !value.isEmpty else {
            throw ServeError(.badRequest, "missing the parameter '\(name)'")
        }
        return value
    }

    /// Every value of a repeated parameter.
    func all(_ name: String) -> [String] {
        (parameters[name] ?? []).filter { !$0.isEmpty }
    }

    /// An integer parameter in `range`, `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(ServeError) -> Int {
        guard let text = parameters[name]?.first else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ServeError(
                .badRequest, "the parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }
}
