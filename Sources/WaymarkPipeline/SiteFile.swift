import Foundation

/// A file of the site to be written, at a path relative to the output folder.
public struct SiteFile: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Contents: Sendable, Hashable {
        /// Bytes made by the build.
        case data(Data)
        /// A file copied as it is (an asset from `Public/`).
        case copy(URL)
    }

    /// The path inside the output folder, with `/` separators.
    public var path: String
    /// The file's contents.
    public var contents: Contents

    /// A file made from text, written as UTF-8.
    public init(path: String, text: String) {
        self.path = path
        self.contents = .data(Data(text.utf8))
    }

    /// A file with the given contents.
    package init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A file copied from `source`.
    public init(path: String, copying source: URL) {
        self.path = path
        self.contents = .copy(source)
    }

    /// Whether `path` stays inside the output folder: relative, no `.` or `..` or empty
    /// segments, no backslashes or NUL characters.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
