extension JSONSchemas {
    /// The schema of the document `--format json` prints (``DiagnosticsJSON``, version 1), so
    /// that tools reading it can validate what they get.
    public static func diagnostics() -> String { render(diagnosticsSchema) }

    static var diagnosticsSchema: Value {
        let count: Value = ["type": "integer", "minimum": 0]
        let position: Value = ["type": "integer", "minimum": 1]
        let fix: Value = [
            "type": "object", "additionalProperties": false,
            "required": ["line", "column", "endLine", "endColumn", "replacement"],
            "properties": [
                "line": position, "column": position, "endLine": position, "endColumn": position,
                "replacement": ["type": "string", "description": "The text that replaces the range (empty: delete it)."],
            ],
        ]
        let diagnostic: Value = [
            "type": "object", "additionalProperties": false,
            "required": ["rule", "severity", "message", "fixIts"],
            "properties": [
                "rule": ["type": "string", "pattern": "^[a-z0-9]+(\\.[a-z0-9-]+)+$", "description": "The stable rule id (docs/rules.md)."],
                "severity": ["enum": ["error", "warning", "note"]],
                "message": ["type": "string", "description": "What is wrong, in one sentence."],
                "hint": ["type": "string", "description": "How to fix it."],
                "file": ["type": "string", "description": "The file, relative to the project root (or to the working folder for `waymark lint`)."],
                "line": position, "column": ["type": "integer", "minimum": 1, "description": "Counted in Unicode scalars."],
                "endLine": position, "endColumn": ["type": "integer", "minimum": 1, "description": "Just past the range."],
                "guide": ["type": "string", "description": "The guide the problem belongs to."],
                "locale": ["type": "string", "description": "The locale being processed."],
                "fixIts": ["type": "array", "items": fix, "description": "Suggested edits, best first."],
            ],
        ]
        return document(
            id: "https://waymark.dev/schemas/diagnostics.schema.json", title: "Waymark diagnostics",
            description: "What `waymark validate|check|lint --format json` prints. `version` changes only on an incompatible change.",
            root: [
                "type": "object", "additionalProperties": false,
                "required": ["version", "tool", "summary", "diagnostics"],
                "properties": [
                    "version": ["const": 1],
                    "tool": ["const": "waymark"],
                    "summary": [
                        "type": "object", "additionalProperties": false, "required": ["errors", "warnings", "notes"],
                        "properties": ["errors": count, "warnings": count, "notes": count],
                    ],
                    "diagnostics": ["type": "array", "items": ref("diagnostic")],
                ],
            ],
            defs: ["diagnostic": diagnostic]
        )
    }
}
