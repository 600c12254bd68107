import WaymarkBase

/// The interface strings of one locale, resolved: each key's text (or its forms by plural
/// category), taken from the first catalog along the locale's fallback chain that has it,
/// and English (the `InterfaceMessages` table) for what none has.
public struct InterfaceText: Sendable {
    /// The locale of the page.
    public var locale: LocaleID
    /// Its plural rules, from CLDR.
    public var plurals: PluralRules
    /// Each key's forms by plural category; a text without plural forms is under `other`.
    public var messages: [String: [PluralCategory: String]]
    /// The keys that no catalog of the chain has (they are English).
    public var untranslated: Set<String> {
        Set(InterfaceMessages.all.map(\.key)).subtracting(messages.keys)
    }

    /// Resolved messages for `locale`.
    public init(locale: LocaleID, messages: [String: [PluralCategory: String]]) {
        self.locale = locale
        self.plurals = PluralRules.forLocale(locale)
        self.messages = messages
    }

    /// English, from the table.
    public static let english = InterfaceText(locale: .english, messages: [:])

    /// The text of `key`.
    public func text(_ key: String) -> String {
        if let forms = messages[key], let text = forms[.other] ?? forms.values.first { return text }
        return InterfaceMessages.byKey[key]?.english ?? key
    }

    /// The text of `key` for the count `n`, with `{n}` replaced: a `key=n` entry when there is
    /// one (`methods.intro=2`), else the form of `n`'s plural category.
    public func text(_ key: String, count n: Int) -> String {
        if let exact = messages["\(key)=\(n)"]?[.other] ?? (messages[key] == nil ? InterfaceMessages.byKey["\(key)=\(n)"]?.english : nil) {
            return exact.replacingPlaceholder("n", with: String(n))
        }
        let form: String
        if let forms = messages[key] {
            form = forms[plurals.category(of: n)] ?? forms[.other] ?? forms.values.first ?? key
        } else if let message = InterfaceMessages.byKey[key] {
            let english = PluralRules.forLocale(.english).category(of: n) == .one ? message.english : (message.englishPlural ?? message.english)
            form = english
        } else {
            form = key
        }
        return form.replacingPlaceholder("n", with: String(n))
    }

    /// The search status by plural category, for the page's script.
    public func forms(_ key: String) -> [PluralCategory: String] {
        if let forms = messages[key] { return forms }
        guard let message = InterfaceMessages.byKey[key] else { return [:] }
        return [.one: message.english, .other: message.englishPlural ?? message.english]
    }
}

extension String {
    /// The text with `{name}` replaced by `value`.
    func replacingPlaceholder(_ name: String, with value: String) -> String {
        var result = ""
        var rest = self[...]
        let token = "{\(name)}"
        while let range = rest.firstRange(of: token) {
            result += rest[..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
