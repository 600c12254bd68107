import Foundation

/// Everything below a folder, links not followed: each path to its bytes, or to
/// "link -> target" for a symbolic link, or "folder" — so a test can prove a command wrote
/// nothing (or only where it may).
public func projectSnapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let fm = FileManager.default
    func walk(_ relative: String) {
        let full = relative.isEmpty ? folder.path : folder.path + "/" + relative
        guard let attributes = try? fm.attributesOfItem(atPath: full) else { return }
        switch attributes[.type] as? FileAttributeType {
        case .typeSymbolicLink?:
            result[relative] = Data("link -> \((try? fm.destinationOfSymbolicLink(atPath: full)) ?? "?")".utf8)
        case .typeDirectory?:
            if !relative.isEmpty { result[relative] = Data("folder".utf8) }
            for name in (try? fm.contentsOfDirectory(atPath: full)) ?? [] { walk(relative.isEmpty ? name : relative + "/" + name) }
        default:
            result[relative] = fm.contents(atPath: full) ?? Data()
        }
    }
    walk("")
    return result
}

/// The paths whose contents differ between two snapshots.
public func changedPaths(_ before: [String: Data], _ after: [String: Data]) -> [String] {
    Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
}
