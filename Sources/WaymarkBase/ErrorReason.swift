import Foundation

/// The operating system's reason for a failed file operation ("Permission denied", "Is a
/// directory"), which Foundation's own message hides on Linux ("error 512"). Every error
/// text Waymark shows for a system failure comes from here.
///
/// - Parameter namingPath: add the path Foundation names, as " (path)", when the reason came
///   from an underlying POSIX error (for messages that do not say the path themselves).
package func systemReason(_ error: any Error, namingPath: Bool = false) -> String {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return systemReason(errno: Int32(truncatingIfNeeded: nsError.code)) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
        let posix = underlying as NSError
        if posix.domain == NSPOSIXErrorDomain {
            let path = namingPath ? (nsError.userInfo[NSFilePathErrorKey] as? String).map { " (\($0))" } ?? "" : ""
            return systemReason(errno: Int32(truncatingIfNeeded: posix.code)) + path
        }
    }
    return error.localizedDescription
}

/// The operating system's words for an `errno` value ("No space left on device").
package func systemReason(errno code: Int32) -> String {
    String(cString: strerror(code))
}
