/// English imperative verbs that start a step, and the words that start a lead-in clause.
///
/// The style rules that read verbs apply when the source locale is English; for another
/// source locale they report nothing (said in docs/rules.md).
enum Imperatives {
    static let verbs: Set<String> = [
        "accept", "add", "agree", "allow", "answer", "apply", "approve", "ask", "attach", "avoid", "back", "call", "cancel",
        "change", "charge", "check", "choose", "clear", "click", "close", "collapse", "complete", "confirm", "connect", "contact",
        "continue", "copy", "create", "decline", "delete", "deny", "describe", "disable", "disconnect", "dismiss", "do", "don't",
        "double-click", "download", "drag", "drop", "edit", "enable", "enter", "ensure", "done", "expand", "fill", "filter", "find",
        "finish", "follow", "give", "go", "grant", "hide", "hold", "hover", "insert", "install", "keep", "launch", "leave", "link",
        "locate", "lock", "log", "long-press", "look", "make", "mark", "move", "navigate", "never", "open", "paste", "pick", "place",
        "plug", "point", "press", "print", "read", "reboot", "refresh", "reject", "reload", "remove", "rename", "reopen", "repeat",
        "replace", "request", "reset", "restart", "restore", "retry", "return", "review", "revoke", "right-click", "run", "save",
        "scan", "scroll", "search", "see", "select", "send", "set", "share", "show", "sign", "sort", "start", "stay", "stop",
        "submit", "swipe", "switch", "tap", "tell", "tick", "toggle", "try", "turn", "type", "uncheck", "uninstall", "unlink",
        "unlock", "unplug", "untick", "update", "upload", "use", "verify", "visit", "wait", "write",
    ]

    /// Verbs that name a user action of their own (not "make sure", "keep", "be").
    static let actions: Set<String> = verbs.subtracting(["do", "don't", "never", "make", "keep", "let", "ensure", "see", "look", "stay", "avoid", "give", "try"])

    /// The imperative for a few common wrong forms: "tapping" → "tap", "taps" → "tap".
    static func base(of word: String) -> String? {
        if word.hasSuffix("ing") {
            let stem = String(word.dropLast(3))
            for candidate in [stem, stem + "e", String(stem.dropLast())] where verbs.contains(candidate) { return candidate }
        }
        if word.hasSuffix("s") {
            for candidate in [String(word.dropLast()), String(word.dropLast(2))] where verbs.contains(candidate) { return candidate }
        }
        return nil
    }
}
