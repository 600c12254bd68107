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
    // Journeys and sign-in (issue 14).
    /// Open the step's surface by name (an app, or a web surface at its model `url`).
    case open
    /// Sign in on the surface's sign-in screen; what follows (a second factor…) is in the model.
    case signIn = "sign-in"

    /// Whether the action starts a walk (needs no screen, sets one).
    public var isEntry: Bool { self == .openApp || self == .openURL || self == .open }

    /// Whether the action needs a target element on the current screen (`sign-in` finds the
    /// element of the sign-in screen that supports it).
    public var needsTarget: Bool { !isEntry && self != .goBack && self != .wait && self != .signIn }

    /// The names, for messages and suggestions.
    public static var names: [String] { allCases.map(\.rawValue) }
}
