import WaymarkBase
import WaymarkModel

/// The two questions the renderer asks about the product, so a test can answer them with
/// a five-line stub and the renderer never walks the model itself.
public protocol ProductLabels: Sendable {
    /// The UI label of `element` on `surface`, as the product shows it in `locale`.
    func label(surface: String, element: String, locale: LocaleID) -> String?
    /// The name of `surface` as users know it.
    func surfaceName(_ surface: String) -> String?
    /// The error message `error` of `surface` as the product shows it in `locale` (issue 15).
    func errorMessage(surface: String, error: String, locale: LocaleID) -> String?
}

extension ProductLabels {
    /// The error message `error` of `surface` as the product shows it in `locale` (issue 15).
    public func errorMessage(surface: String, error: String, locale: LocaleID) -> String? { nil }
}

/// Labels from the product model; each locale falls back to the source locale's label.
public struct ModelLabels: ProductLabels {
    let model: ProductModel

    /// Answers from `model`.
    public init(model: ProductModel) { self.model = model }

    public func label(surface: String, element: String, locale: LocaleID) -> String? {
        model.surface(surface)?.screens.lazy.compactMap { $0.element(element)?.label?.text(for: locale) }.first
    }

    public func surfaceName(_ surface: String) -> String? { model.surface(surface)?.name }

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
