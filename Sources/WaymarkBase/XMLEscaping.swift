/// Escaping for the XML Waymark writes (XLIFF exports, JUnit reports).
package enum XMLEscaping {
    /// Text escaped for element content and double-quoted attribute values; line breaks and tabs
    /// as character references (so attributes keep them), and the characters XML 1.0 forbids
    /// (other control characters, U+FFFE, U+FFFF) left out, so the document always parses.
    package static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
