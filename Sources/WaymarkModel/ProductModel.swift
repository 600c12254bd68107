import WaymarkBase

/// What users can do in the products the guides cover: surfaces, screens, elements, actions.
public struct ProductModel: Sendable, Hashable {
    /// The surfaces, sorted by id.
    public var surfaces: [Surface]

    /// Creates a model.
    public init(surfaces: [Surface]) { self.surfaces = surfaces.sorted { $0.id < $1.id } }

    /// The surface with `id`.
    public func surface(_ id: String) -> Surface? { surfaces.first { $0.id == id } }

    /// Surfaces whose model file has errors, by id, with that file: guides that name them are
    /// told to fix the file, not to add it.
    public var failedFiles: [String: String] = [:]

    /// The requirement with `id`, in whichever surface declares it.
    public func requirement(_ id: String) -> Requirement? {
        surfaces.lazy.compactMap { $0.requirements.first { $0.id == id } }.first
    }
}

/// A place a user works in: an app on some platforms, or a web console.
public struct Surface: Sendable, Hashable {
    /// Whether the surface is an installed app or a website.
    public enum Kind: String, Sendable, Hashable, CaseIterable { case app, web }

    /// The slug guides use to name the surface.
    public var id: String
    /// Its name as users know it.
    public var name: String
    /// App or web.
    public var kind: Kind
    /// Who makes the product, when it is not ours (a third-party surface).
    public var owner: String?
    /// When the model was last checked against the product, as `YYYY-MM-DD`.
    public var verified: String?
    /// The platforms the surface runs on (`ios`, `android`, `web`).
    public var platforms: [String]
    /// The screen that opening the surface leads to.
    public var start: String
    /// For web surfaces: the origins (`https://host`) its URLs may have.
    public var origins: [String]
    /// The screens, dialogs and menus.
    public var screens: [Screen]
    /// The model file, relative to the project root, and where the id is.
    public var file: String
    public var idRange: SourceRange?

    /// Creates a surface.
    public init(
        id: String, name: String, kind: Kind, owner: String? = nil, verified: String? = nil,
        platforms: [String], start: String, origins: [String] = [], screens: [Screen],
        file: String = "", idRange: SourceRange? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.owner = owner
        self.verified = verified
        self.platforms = platforms
        self.start = start
        self.origins = origins
        self.screens = screens
        self.file = file
        self.idRange = idRange
    }

    // Journeys, prerequisites and variants (issue 14).
    /// The address `open` goes to (web surfaces), so guides can open it by name.
    public var url: String?
    /// The screen where users sign in, when the surface has one.
    public var signIn: String?
    /// Roles, plans, versions and features that elements and actions may require.
    public var requirements: [Requirement] = []
    /// The variants of the surface a reader has one of (a classic and a new console…).
    public var variants: [Variant] = []

    /// The screen with `id`.
    public func screen(_ id: String) -> Screen? { screens.first { $0.id == id } }

    /// Every screen that holds an element with `id`.
    public func screens(holding element: String) -> [Screen] { screens.filter { $0.element(element) != nil } }
}

/// A screen, dialog or menu of a surface.
public struct Screen: Sendable, Hashable {
    /// The slug that names the screen.
    public var id: String
    /// Its title as users see it, per locale.
    public var name: LocalizedText
    /// What the user can act on.
    public var elements: [Element]
    /// Where the id is.
    public var idRange: SourceRange?

    /// Creates a screen.
    public init(id: String, name: LocalizedText, elements: [Element], idRange: SourceRange? = nil) {
        self.id = id
        self.name = name
        self.elements = elements
        self.idRange = idRange
    }

    /// The element with `id`.
    public func element(_ id: String) -> Element? { elements.first { $0.id == id } }

    /// The day this screen was last checked against the product, when a team verified it apart
    /// from its surface (issue 14).
    public var verified: String?
    // Issue 15: the error messages the screen shows, for troubleshooting entries.
    public var errors: [ScreenError] = []
}

/// An error message a screen shows, as the product words it in each locale.
public struct ScreenError: Sendable, Hashable {
    /// The slug troubleshooting entries name it by (`error:`).
    public var id: String
    /// The message, per locale.
    public var message: LocalizedText
    /// Where the id is.
    public var idRange: SourceRange?

    /// Creates an error.
    public init(id: String, message: LocalizedText, idRange: SourceRange? = nil) {
        self.id = id
        self.message = message
        self.idRange = idRange
    }
}

/// A control on a screen: a button, a row, a tab, a field.
public struct Element: Sendable, Hashable {
    /// The slug that names the element.
    public var id: String
    /// The UI label the product shows, per locale; nil for entries whose text varies.
    public var label: LocalizedText?
    /// The platforms where the element exists; empty means all of the surface's.
    public var platforms: [String]
    /// What the user can do with it, and where that leads.
    public var actions: [ElementAction]
    /// Where the id is.
    public var idRange: SourceRange?

    /// Creates an element.
    public init(id: String, label: LocalizedText?, platforms: [String] = [], actions: [ElementAction], idRange: SourceRange? = nil) {
        self.id = id
        self.label = label
        self.platforms = platforms
        self.actions = actions
        self.idRange = idRange
    }

    /// Whether the element exists on `platform`.
    public func exists(on platform: String) -> Bool { platforms.isEmpty || platforms.contains(platform) }

    /// The model's entry for `action`, if the element supports it.
    public func supports(_ action: Action) -> ElementAction? { actions.first { $0.action == action } }

    // Labels as products show them, prerequisites and variants (issue 14).
    /// The icon of an icon-only control (a symbol such as ⋮ or ⚙); its `label` is the accessible name.
    public var icon: String?
    /// Former labels, so a guide that names one is told the current label.
    public var aliases: [String] = []
    /// Requirement ids that must all hold for the element to be there.
    public var requires: [String] = []
    /// The variants the element exists in; empty means all.
    public var variants: [String] = []
    /// For a field: the format a typed value must have.
    public var format: InputFormat?

    /// Whether the element exists in `variant` (nil: the surface has no variants).
    public func exists(inVariant variant: String?) -> Bool { variant == nil || variants.isEmpty || variants.contains(variant!) }
}

/// One action an element supports, and the screen it leads to (nil: the same screen).
public struct ElementAction: Sendable, Hashable {
    /// The action.
    public var action: Action
    /// The screen the user is on afterwards; nil when it stays the same.
    public var leadsTo: String?
    /// Where the action is written in the model file.
    public var range: SourceRange?

    /// Creates an element action.
    public init(action: Action, leadsTo: String?, range: SourceRange? = nil) {
        self.action = action
        self.leadsTo = leadsTo
        self.range = range
    }

    // Journeys, system branches, prerequisites and destructive actions (issue 14).
    /// Another surface the action opens (on another device or in a browser); `leadsTo` is then its screen.
    public var surface: String?
    /// Where the product sends the user instead, when a state of the product holds.
    public var branches: [Branch] = []
    /// Requirement ids that must all hold for the action to be offered.
    public var requires: [String] = []
    /// Whether the action deletes, removes access or cannot be undone: a step on it needs a warning.
    public var destructive: Bool = false
}

/// Text the product shows, per locale, with the source locale's as the fallback.
public struct LocalizedText: Sendable, Hashable {
    /// The text by locale tag.
    public var values: [String: String]

    /// Creates a localized text.
    public init(_ values: [String: String]) { self.values = values }

    /// The text in `locale`, or in the first locale of its CLDR fallback chain that has one
    /// (`en-GB` → `en`, `es-MX` → `es-419` → `es`), or in `fallback` when none has.
    public func text(for locale: LocaleID, fallback: LocaleID = .english) -> String? {
        textAndLocale(for: locale, fallback: fallback)?.text
    }

    /// The text and the locale it is written in.
    public func textAndLocale(for locale: LocaleID, fallback: LocaleID = .english) -> (text: String, locale: LocaleID)? {
        for candidate in locale.fallbackChain + [fallback] {
            if let text = value(candidate) { return (text, candidate) }
        }
        return nil
    }

    /// The text `locale` has along its chain before reaching `source` (nil when only the source's would show).
    public func ownText(for locale: LocaleID, stoppingAt source: LocaleID) -> String? {
        for candidate in locale.fallbackChain {
            if candidate == source { return value(candidate) }
            if let text = value(candidate) { return text }
        }
        return nil
    }

    /// The value for a locale, its tag matched ignoring case.
    func value(_ locale: LocaleID) -> String? {
        values[locale.tag] ?? values.first { LocaleID($0.key) == locale }?.value
    }
}
