extension HTMLReport {
    /// The page's styles, `Resources/report.css`: a side column of actors and
    /// filters beside the panels and drawings; highlighting classes the script
    /// sets on SVG elements; print styles that drop the controls and keep the
    /// drawings.
    ///
    /// The file is compiled into the module (`.embedInCode`), so the page
    /// needs no bundle at run time; it begins on its own line in the page.
    public static let style = "\n" + String(decoding: PackageResources.report_css, as: UTF8.self)

    /// The page's script, `Resources/pan-zoom.js` then `Resources/report.js`:
    /// plain JavaScript, no libraries (the pan and zoom over the diagram is
    /// our own few dozen lines; see the README). Its first half reads the data and holds the rules (filters,
    /// standings, what an edge holds); its second half draws them into the page.
    ///
    /// Embedded as ``style`` is. The page's Content-Security-Policy allows
    /// exactly this text (its SHA-256), so it must not change between the
    /// hash and the page.
    static let script = "\n" + panZoomScript
        + String(decoding: PackageResources.report_js, as: UTF8.self)

    /// `Resources/pan-zoom.js` alone (`GeoStancePanZoom.attach`), for pages
    /// that draw other views over the same pan and zoom (the server's page).
    public static let panZoomScript = String(decoding: PackageResources.pan_zoom_js, as: UTF8.self)
}
