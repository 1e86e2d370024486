/// Answers already made, by request key, so that a neighbourhood is laid
/// out, or the balance of the whole graph computed, once however often it is
/// asked for; the oldest leave first when the cache is full. Concurrent
/// requests for one key share one answer.
actor AnswerCache {
    private var answers: [String: Task<Result<String, ServeError>, Never>] = [:]
    private var order: [String] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The answer for `key`, made by `make` unless it is already here or on its way.
    func answer(
        for key: String, _ make: @escaping @Sendable () async -> Result<String, ServeError>
    ) async -> Result<String, ServeError> {
        if let made = answers[key] { return await made.value }
        let task = Task { await make() }
        answers[key] = task
        order.append(key)
        if order.count > capacity { answers[order.removeFirst()] = nil }
        return await task.value
    }

    /// How many answers are kept.
    var count: Int { answers.count }
}
