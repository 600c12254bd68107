import Foundation

/// The operating system's reason for a failed file operation ("Permission denied"), which
/// Foundation's own message hides on Linux ("error 512"). The same rule as WaymarkBase's
/// `systemReason`, repeated because the library apps embed imports nothing else of Waymark's.
func systemReason(_ error: any Error) -> String {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(truncatingIfNeeded: nsError.code))) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
        let posix = underlying as NSError
        if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(truncatingIfNeeded: posix.code))) }
    }
    return error.localizedDescription
}
