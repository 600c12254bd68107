internal import CSQLite
import Foundation

/// SQLite through its C API, and the only file that talks to it: connections, statements and
/// values become Swift values at once, and every handle is finalized or closed on every path.
package final class SQLiteConnection: @unchecked Sendable {
    /// A value of a result column or a bound parameter.
    package enum Value: Sendable, Hashable {
        case text(String), integer(Int64), real(Double), null

        /// The text, or nil when the value is not text.
        package var text: String? { if case .text(let text) = self { text } else { nil } }
        /// The integer, or nil when the value is not an integer.
        package var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
        /// The number, for a real or an integer.
        package var real: Double? {
            switch self {
            case .real(let value): value
            case .integer(let value): Double(value)
            default: nil
            }
        }
    }

    /// A failed SQLite call, with SQLite's own message.
    package struct Failure: Error, CustomStringConvertible {
        package var code: Int32
        package var message: String
        package var description: String { "SQLite error \(code): \(message)" }
    }

    private let handle: OpaquePointer
    /// SQLite connections are used from one thread at a time; this lock makes that so.
    private let lock = NSLock()

    /// Opens the database at `path`: read-only and immutable (nothing is written beside it,
    /// no locks are taken, so a bundle inside a read-only app bundle opens), or read-write, created when missing.
    package init(path: String, readOnly: Bool) throws(Failure) {
        var pointer: OpaquePointer?
        let flags: Int32
        let name: String
        if readOnly {
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX
            name = "file:" + Self.uriPath(path) + "?immutable=1"
        } else {
            flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
            name = path
        }
        let status = sqlite3_open_v2(name, &pointer, flags, nil)
        guard status == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open the database"
            if let pointer { sqlite3_close_v2(pointer) }
            throw Failure(code: status, message: message)
        }
        handle = pointer
    }

    deinit { sqlite3_close_v2(handle) }

    /// The SQLite library's version, such as `3.40.1`.
    package static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Runs one or more statements that return no rows.
    package func execute(_ sql: String) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(error)
            throw Failure(code: status, message: message)
        }
    }

    /// Runs one statement once for each row of `parameters` (one prepared statement, reused).
    package func run(_ sql: String, rows parameters: [[Value]]) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        for row in parameters {
            try bind(row, to: statement)
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE else { throw failure(status) }
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
    }

    /// The rows one statement returns, each as its column values.
    package func query(_ sql: String, _ parameters: [Value] = []) throws(Failure) -> [[Value]] {
        lock.lock()
        defer { lock.unlock() }
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        try bind(parameters, to: statement)
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw failure(status) }
            rows.append((0..<sqlite3_column_count(statement)).map { column(statement, $0) })
        }
        return rows
    }

    private func prepare(_ sql: String) throws(Failure) -> OpaquePointer {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw failure(status)
        }
        return statement
    }

    private func bind(_ values: [Value], to statement: OpaquePointer) throws(Failure) {
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status =
                switch value {
                case .text(let text): sqlite3_bind_text(statement, index, text, -1, transient)
                case .integer(let number): sqlite3_bind_int64(statement, index, number)
                case .real(let number): sqlite3_bind_double(statement, index, number)
                case .null: sqlite3_bind_null(statement, index)
                }
            guard status == SQLITE_OK else { throw failure(status) }
        }
    }

    private func column(_ statement: OpaquePointer, _ index: Int32) -> Value {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(statement, index))
        case SQLITE_NULL: .null
        default: .text(sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "")
        }
    }

    private func failure(_ status: Int32) -> Failure {
        Failure(code: status, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// `path` for a `file:` URI: every byte but unreserved ones and `/` percent-encoded.
    static func uriPath(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
