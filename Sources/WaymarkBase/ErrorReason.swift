import Foundation

/// The operating system's reason for a failed file operation ("Permission denied", "Is a
/// directory"), which Foundation's own message hides on Linux ("error 512").
package func systemReason(_ error: any Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error {
        let posix = underlying as NSError
        if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
    }
    return error.localizedDescription
}
