extension Array where Element == Diagnostic {
    /// The most times one warning (or note) rule is reported in one file.
    package static var repeatLimit: Int { 20 }

    /// The diagnostics with each file's repeated warnings and notes of one rule cut after
    /// `limit`, and one note per cut saying how many more there were. Errors are all kept.
    package func cappingRepeats(limit: Int = repeatLimit) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var kept: [Diagnostic] = []
        var order: [String] = []
        var samples: [String: Diagnostic] = [:]
        for diagnostic in self {
            guard diagnostic.severity != .error, let file = diagnostic.file else {
                kept.append(diagnostic)
                continue
            }
            let key = file + "\u{0}" + diagnostic.ruleID
            let count = counts[key, default: 0] + 1
            counts[key] = count
            if count <= limit {
                kept.append(diagnostic)
            } else if count == limit + 1 {
                order.append(key)
                samples[key] = diagnostic
            }
        }
        for key in order {
            guard let sample = samples[key], let count = counts[key] else { continue }
            kept.append(
                Diagnostic(
                    SafetyRule.capped, "\(count - limit) more '\(sample.ruleID)' \(sample.severity.rawValue)s in this file are not shown (\(count) in all)",
                    hint: "fix the ones shown first; the rest usually have the same cause", file: sample.file,
                    guideID: sample.guideID, locale: sample.locale))
        }
        return kept
    }
}
