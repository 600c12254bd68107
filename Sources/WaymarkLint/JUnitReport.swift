import WaymarkBase

/// A JUnit XML report: a test suite per linted file, a test case per finding (errors and
/// warnings as failures with their type, notes as passing cases with output), and one
/// passing case for a file without findings, so dashboards count clean files too.
public enum JUnitReport {
    /// The report for `diagnostics` over `files` (every file linted, with or without findings).
    public static func encode(_ diagnostics: [Diagnostic], files: [String]) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics { byFile[diagnostic.file ?? "(project)", default: []].append(diagnostic) }
        let names = Array(Set(files).union(byFile.keys)).sorted()
        let failures = diagnostics.filter { $0.severity != .note }.count
        let tests = names.reduce(0) { $0 + max(byFile[$1]?.count ?? 0, 1) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"waymark lint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
        for name in names {
            let found = byFile[name] ?? []
            let suiteFailures = found.filter { $0.severity != .note }.count
            xml += "  <testsuite name=\"\(escape(name))\" tests=\"\(max(found.count, 1))\" failures=\"\(suiteFailures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            if found.isEmpty {
                xml += "    <testcase classname=\"\(escape(name))\" name=\"no problems\" file=\"\(escape(name))\" time=\"0\"/>\n"
            }
            // Case names leave out the line, so that they stay the same when lines move (dashboards
            // track cases by name); the position is in the `file` and `line` attributes.
            var seen: [String: Int] = [:]
            for diagnostic in found {
                let position = diagnostic.location.map { ":\($0.line):\($0.column)" } ?? ""
                let base = "\(diagnostic.ruleID): \(diagnostic.message)"
                seen[base, default: 0] += 1
                let caseName = seen[base] == 1 ? base : "\(base) (\(seen[base] ?? 1))"
                let line = diagnostic.location.map { " line=\"\($0.line)\"" } ?? ""
                xml += "    <testcase classname=\"\(escape(name))\" name=\"\(escape(caseName))\" file=\"\(escape(name))\"\(line) time=\"0\""
                let detail =
                    "\(name)\(position): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
                    + (diagnostic.hint.map { "\nhint: \($0)" } ?? "")
                switch diagnostic.severity {
                case .error, .warning:
                    xml += ">\n      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(escape(diagnostic.message))\">\(escape(detail))</failure>\n    </testcase>\n"
                case .note:
                    xml += ">\n      <system-out>\(escape(detail))</system-out>\n    </testcase>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
