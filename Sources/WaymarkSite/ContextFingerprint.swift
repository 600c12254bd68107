/// A template context written out as text, keys sorted: two contexts with the same
/// fingerprint render the same page, so the preview can keep a page whose context did not
/// change (a locale's index after an edit to one step) without knowing what the page reads.
enum ContextFingerprint {
    static func of(_ value: Any) -> String {
        var text = ""
        write(value, into: &text)
        return text
    }

    private static func write(_ value: Any, into text: inout String) {
        switch value {
        case let string as String:
            text += "s\(string.utf8.count):"
            text += string
        case let flag as Bool: text += flag ? "T" : "F"
        case let number as Int: text += "i\(number);"
        case let dictionary as [String: Any]:
            text += "{"
            for key in dictionary.keys.sorted() {
                write(key, into: &text)
                write(dictionary[key]!, into: &text)
            }
            text += "}"
        case let array as [Any]:
            text += "["
            for element in array { write(element, into: &text) }
            text += "]"
        default: text += "?\(String(reflecting: value));"
        }
    }
}
