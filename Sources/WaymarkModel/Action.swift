/// What a user does at a step: the action vocabulary shared by guides, the product model,
/// the checker and the renderer.
public enum Action: String, Hashable, Sendable, CaseIterable {
    /// Open an app surface; the user lands on its start screen.
    case openApp = "open-app"
    /// Open a web address; the user lands on the web surface's start screen.
    case openURL = "open-url"
    /// Tap an element (touch screens).
    case tap
    /// Click an element (pointer).
    case click
    /// Select an item in a list or menu.
    case select
    /// Open a tab.
    case openTab = "open-tab"
    /// Type into a field.
    case type
    /// Turn a switch on or off.
    case toggle
    /// Confirm in a dialog.
    case confirm
    /// Go back to the previous screen.
    case goBack = "go-back"
    /// Let time pass. Not a user action: guides use a typed wait instead.
    case wait

    /// Whether the action starts a walk (needs no screen, sets one).
    public var isEntry: Bool { self == .openApp || self == .openURL }

    /// Whether the action needs a target element on the current screen.
    public var needsTarget: Bool { !isEntry && self != .goBack && self != .wait }

    /// The names, for messages and suggestions.
    public static var names: [String] { allCases.map(\.rawValue) }
}
