import WaymarkBase
import WaymarkModel

/// The two questions the renderer asks about the product, so a test can answer them with
/// a five-line stub and the renderer never walks the model itself.
public protocol ProductLabels: Sendable {
    /// The UI label of `element` on `surface`, as the product shows it in `locale`.
    func label(surface: String, element: String, locale: LocaleID) -> String?
    /// The name of `surface` as users know it.
    func surfaceName(_ surface: String) -> String?
    /// The locale the label for `locale` is written in: `locale` itself, a locale of its fallback chain, or the source's.
    func labelLocale(surface: String, element: String, locale: LocaleID) -> LocaleID?
    /// The error message `error` of `surface` as the product shows it in `locale` (issue 15).
    func errorMessage(surface: String, error: String, locale: LocaleID) -> String?
}

extension ProductLabels {
    /// Labels are in the locale asked for, unless an answer says otherwise.
    public func labelLocale(surface: String, element: String, locale: LocaleID) -> LocaleID? {
        label(surface: surface, element: element, locale: locale) == nil ? nil : locale
    }

    /// The error message `error` of `surface` as the product shows it in `locale` (issue 15).
    public func errorMessage(surface: String, error: String, locale: LocaleID) -> String? { nil }
}

/// Issue 14's questions: icons, screen names, requirements and variants. Answered from the
/// model by ``ModelLabels``; a stub that does not answer them gets nil.
public protocol ProductDetails: Sendable {
    /// The icon of an icon-only element (its label is the accessible name).
    func icon(surface: String, element: String) -> String?
    /// The name of `screen` in `locale`.
    func screenName(surface: String, screen: String, locale: LocaleID) -> String?
    /// A requirement's kind and name in `locale`.
    func requirement(_ id: String, locale: LocaleID) -> (kind: Requirement.Kind, name: String)?
    /// A variant's name in `locale`.
    func variantName(surface: String, variant: String, locale: LocaleID) -> String?
    /// The address a web surface opens at (`open` links to it).
    func surfaceURL(_ surface: String) -> String?
}

extension ModelLabels: ProductDetails {
    public func icon(surface: String, element: String) -> String? {
        model.surface(surface)?.screens.lazy.compactMap { $0.element(element)?.icon }.first
    }

    public func screenName(surface: String, screen: String, locale: LocaleID) -> String? {
        model.surface(surface)?.screen(screen)?.name.text(for: locale)
    }

    public func requirement(_ id: String, locale: LocaleID) -> (kind: Requirement.Kind, name: String)? {
        model.requirement(id).flatMap { requirement in requirement.name.text(for: locale).map { (requirement.kind, $0) } }
    }

    public func surfaceURL(_ surface: String) -> String? { model.surface(surface)?.url }

    public func variantName(surface: String, variant: String, locale: LocaleID) -> String? {
        model.surface(surface)?.variants.first { $0.id == variant }?.name.text(for: locale)
    }
}

/// Labels from the product model; each locale falls back to the source locale's label.
public struct ModelLabels: ProductLabels {
    let model: ProductModel
    /// Each element's labels by surface and element id, in the order of the surface's screens
    /// (the first element of each screen with that id): a page asks for a label per step.
    let labels: [String: [String: [LocalizedText]]]

    /// Answers from `model`.
    public init(model: ProductModel) {
        self.model = model
        var labels: [String: [String: [LocalizedText]]] = [:]
        var seen: Set<String> = []
        for surface in model.surfaces where seen.insert(surface.id).inserted {
            var table: [String: [LocalizedText]] = [:]
            for screen in surface.screens {
                var inScreen: Set<String> = []
                for element in screen.elements where inScreen.insert(element.id).inserted {
                    if let label = element.label { table[element.id, default: []].append(label) }
                }
            }
            labels[surface.id] = table
        }
        self.labels = labels
    }

    public func label(surface: String, element: String, locale: LocaleID) -> String? {
        labels[surface]?[element]?.lazy.compactMap { $0.text(for: locale) }.first
    }

    public func surfaceName(_ surface: String) -> String? { model.surface(surface)?.name }

    public func labelLocale(surface: String, element: String, locale: LocaleID) -> LocaleID? {
        model.surface(surface)?.screens.lazy.compactMap { $0.element(element)?.label?.textAndLocale(for: locale)?.locale }.first
    }

    public func errorMessage(surface: String, error: String, locale: LocaleID) -> String? {
        model.surface(surface)?.screens.lazy.compactMap { $0.errors.first { $0.id == error }?.message.text(for: locale) }.first
    }
}

/// No product model: steps render their own text only.
public struct NoProductLabels: ProductLabels {
    /// Creates the empty answer.
    public init() {}
    public func label(surface: String, element: String, locale: LocaleID) -> String? { nil }
    public func surfaceName(_ surface: String) -> String? { nil }
}
