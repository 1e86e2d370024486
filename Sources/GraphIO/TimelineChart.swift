import StanceGraph

/// A dyad's timeline as a hand-written SVG line chart: the net score per
/// period, cooperative above the zero line and hostile below, with the
/// period labels along the bottom and the score on the left.
public enum TimelineChart {
    static let width = 880.0, height = 440.0
    static let left = 76.0, right = 24.0, top = 56.0, bottom = 92.0

    /// The chart's SVG text. `title` is drawn at the top; each point carries
    /// a tooltip with its period, score, events and evidence.
    public static func svg(_ timeline: Timeline, title: String) -> String {
        let points = timeline.points
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = points.map { abs($0.netScore) }.max() ?? 0
        let range = niceCeiling(max(largest, 1))
        let zeroY = top + plotHeight / 2
        func y(_ score: Double) -> Double { zeroY - score / range * (plotHeight / 2) }
        func x(_ i: Int) -> Double {
            points.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(points.count - 1)
        }
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" \
            viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title>\(MarkupText.escaped(title, for: .xmlContent))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(width / 2))" y="28" text-anchor="middle" font-size="16" font-weight="bold">\(MarkupText.escaped(title, for: .xmlContent))</text>

            """
        // Cooperative half tinted green, hostile half red.
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight / 2))\" fill=\"#e8f5ec\"/>\n"
        svg += "<rect x=\"\(f(left))\" y=\"\(f(zeroY))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight / 2))\" fill=\"#fbeaea\"/>\n"
        svg += "<text x=\"\(f(left + 6))\" y=\"\(f(top + 16))\" fill=\"\(DiagramStyle.cooperative)\">cooperative</text>\n"
        svg += "<text x=\"\(f(left + 6))\" y=\"\(f(top + plotHeight - 8))\" fill=\"\(DiagramStyle.hostile)\">hostile</text>\n"
        // The score axis, with five ticks.
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\" stroke=\"#333\"/>\n"
        for step in -2...2 {
            let value = range * Double(step) / 2, ty = y(value)
            svg += "<line x1=\"\(f(left - 5))\" y1=\"\(f(ty))\" x2=\"\(f(left))\" y2=\"\(f(ty))\" stroke=\"#333\"/>\n"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(ty + 4))\" text-anchor=\"end\">\(number(value))</text>\n"
        }
        svg += "<text transform=\"translate(18 \(f(zeroY))) rotate(-90)\" text-anchor=\"middle\">net score (intensity-weighted)</text>\n"
        // The zero line, and the period axis along the bottom.
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(zeroY))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(zeroY))\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n"
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#333\"/>\n"
        // At most about sixteen labels: every n-th period.
        let every = max(1, Int((Double(points.count) / 16).rounded(.up)))
        for (i, point) in points.enumerated() where i % every == 0 || i == points.count - 1 {
            let px = x(i), py = top + plotHeight
            svg += "<line x1=\"\(f(px))\" y1=\"\(f(py))\" x2=\"\(f(px))\" y2=\"\(f(py + 5))\" stroke=\"#333\"/>\n"
            svg += "<text x=\"\(f(px))\" y=\"\(f(py + 18))\" text-anchor=\"end\" transform=\"rotate(-40 \(f(px)) \(f(py + 18)))\">\(MarkupText.escaped(point.period.label, for: .xmlContent))</text>\n"
        }
        if points.isEmpty {
            svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(zeroY - 10))\" text-anchor=\"middle\">no dated events</text>\n"
        } else {
            let path = points.indices.map { "\(f(x($0))),\(f(y(points[$0].netScore)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#333\" stroke-width=\"2\"/>\n"
            for (i, point) in points.enumerated() {
                let colour = point.netScore > 0 ? DiagramStyle.cooperative : point.netScore < 0 ? DiagramStyle.hostile : "#777"
                let tip = "\(point.period.label) (\(point.period.start) to \(point.period.end)): net \(number(point.netScore)), "
                    + "\(point.events) events, \(point.ties) ties, \(point.evidence) reports"
                svg += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(point.netScore)))\" r=\"4\" fill=\"\(colour)\"><title>\(MarkupText.escaped(tip, for: .xmlContent))</title></circle>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
