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
        // The types are compared before casting: a failed cast between collection types copies them.
        let kind = type(of: value)
        if let string = value as? String {
            write(string, into: &text)
        } else if kind == [String: String].self {
            let dictionary = value as! [String: String]
            text += "{"
            for key in dictionary.keys.sorted() {
                write(key, into: &text)
                write(dictionary[key]!, into: &text)
            }
            text += "}"
        } else if kind == [String: Any].self {
            let dictionary = value as! [String: Any]
            text += "{"
            for key in dictionary.keys.sorted() {
                write(key, into: &text)
                write(dictionary[key]!, into: &text)
            }
            text += "}"
        } else if kind == [[String: String]].self {
            text += "["
            for element in value as! [[String: String]] { write(element, into: &text) }
            text += "]"
        } else if kind == [[String: Any]].self {
            text += "["
            for element in value as! [[String: Any]] { write(element, into: &text) }
            text += "]"
        } else if kind == [Any].self {
            text += "["
            for element in value as! [Any] { write(element, into: &text) }
            text += "]"
        } else if kind == Bool.self {
            text += value as! Bool ? "T" : "F"
        } else if kind == Int.self {
            text += "i\(value as! Int);"
        } else if let array = value as? [Any] {
            text += "["
            for element in array { write(element, into: &text) }
            text += "]"
        } else {
            text += "?\(String(reflecting: value));"
        }
    }

    private static func write(_ string: String, into text: inout String) {
        text += "s\(string.utf8.count):"
        text += string
    }
}
