/// How much one answer may hold: the server refuses or trims above these,
/// so that no request can make it lay out, encode or send a whole graph.
package struct ServeLimits: Hashable, Sendable {
    /// Most actors a search returns.
    package var searchResults = 50
    /// Most partners in each list of an actor's standings.
    package var standings = 100
    /// Most evidence sentences kept for each partner of a standing.
    package var evidencePerStanding = 3
    /// Most actors in a neighbourhood sent as JSON (the strongest are kept, the rest counted).
    package var neighbourhoodActors = 500
    /// Most actors in a neighbourhood drawing; above it the request is refused with 422.
    package var drawingActors = 150
    /// Most drawings kept in the cache.
    package var cachedDrawings = 256
    /// Most relations of a dyad sent with their evidence (the rest counted).
    package var dyadRelations = 500
    /// Most actors in a matrix; above it the request is refused with 422.
    package var matrixActors = 60
    /// Most unbalanced triads listed by the balance view.
    package var triads = 50
    /// Most camps the blocs view searches for.
    package var camps = 8

    package init() {}
}
