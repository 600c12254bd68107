extension POReading {
    /// The text of a quoted PO string in `bytes[start..<end]`, or nil (reported) when it is not one.
    mutating func unquote(_ bytes: Bytes, _ start: Int, _ end: Int, line: Int, column: Int) -> String? {
        var last = end
        while last > start && (bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\t")) { last -= 1 }
        guard last - start >= 2, bytes[start] == UInt8(ascii: "\""), bytes[last - 1] == UInt8(ascii: "\"") else {
            report("a string must be in double quotes", line: line, column: column, hint: "write it as \"…\", with \\\" for a quote inside")
            return nil
        }
        var result: [UInt8] = []
        var run = start + 1, at = start + 1
        let close = last - 1
        while at < close {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\\") {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<at]))
                guard at + 1 < close else {
                    report("the string ends with a lone backslash", line: line, column: column, hint: "write \\\\ for a backslash")
                    return nil
                }
                switch bytes[at + 1] {
                case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
                default:
                    let scalar = Self.scalar(bytes, at + 1, close).scalar
                    report("'\\\(scalar)' is not an escape PO files know", line: line, column: column, hint: "use \\n, \\t, \\\\ or \\\"")
                    return nil
                }
                at += 2
                run = at
            } else if byte == UInt8(ascii: "\"") {
                report("a quote inside a string must be escaped", line: line, column: column, hint: "write \\\" for a quote inside a string")
                return nil
            } else if byte < 0x20 || byte == 0x7F {
                report(
                    "a control character (U+\(String(byte, radix: 16, uppercase: true))) is in the string", line: line, column: column,
                    hint: "remove it; only \\n and \\t are allowed")
                return nil
            } else {
                at += 1
            }
        }
        if run == start + 1 { return Self.string(bytes, run, close) }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<close]))
        return String(decoding: result, as: UTF8.self)
    }

    /// The text of `bytes[start..<end]`.
    static func string(_ bytes: Bytes, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The first index from `start` that is not a space.
    static func skipSpaces(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int {
        var at = start
        while at < end && bytes[at] == UInt8(ascii: " ") { at += 1 }
        return at
    }

    /// How many Unicode scalars `bytes[start..<end]` holds: the bytes that do not continue one.
    static func scalars(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The scalar that starts at `start` (the bytes are valid UTF-8: they come from a `String`) and its length.
    static func scalar(_ bytes: Bytes, _ start: Int, _ end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[start]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for index in start + 1..<min(start + length, end) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
