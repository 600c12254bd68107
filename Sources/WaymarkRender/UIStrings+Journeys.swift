import WaymarkBase
import WaymarkModel

/// The words issue 14's constructs put on a page (conditions, prerequisites, expectations,
/// navigation paths, journeys, loops), for one locale. Kept apart from ``UIStrings``'s main
/// list, one marked block per locale, while interface strings move to catalogs.
public struct JourneyStrings: Sendable {
    /// The lead of a conditional step; `{condition}` is the condition's text ("If {condition}:").
    public var conditionLead: String
    /// What an early exit says ("You are done.").
    public var done: String
    /// The lead of the alternative to a conditional step ("Otherwise:").
    public var otherwise: String
    /// The heading of prerequisites.
    public var beforeYouBegin: String
    /// The name of a kind of requirement ("Role").
    public var requirementKind: @Sendable (Requirement.Kind) -> String
    /// The label of an expectation ("You should see:").
    public var expectLabel: String
    /// An expectation without text: `{screen}` is the screen's name.
    public var screenSentence: String
    /// The lead of a repeat; `{item}` is what is repeated over.
    public var forEachLead: String
    /// A navigation path's sentence; `{path}` is the labels joined by `pathSeparator`.
    public var navigate: String
    public var pathSeparator: String
    /// Opening a surface by name, and signing in to it; `{name}` is its name.
    public var open: String
    public var signIn: String
    /// Typing a value into a field; `{value}` is the value as code, `{label}` the field.
    public var typeValue: String
    /// The copy button of a value to type, and what it says once copied.
    public var copyValue: String
    public var valueCopied: String
    /// The label of the variant switcher, and its choice for every variant.
    public var showStepsFor: String
    public var allVariants: String
}

extension UIStrings {
    /// The journey words of this locale.
    public var journey: JourneyStrings {
        switch locale.tag {
        case "pt-BR": .brazilianPortuguese
        case "es": .spanish
        case "ar": .arabic
        default: .english
        }
    }
}

extension JourneyStrings {
    // MARK: en (issue 14)
    static let english = JourneyStrings(
        conditionLead: "If {condition}:", done: "You are done.", otherwise: "Otherwise:", beforeYouBegin: "Before you begin",
        requirementKind: { kind in
            switch kind {
            case .role: "Role"
            case .plan: "Plan"
            case .version: "Version"
            case .feature: "Feature"
            }
        },
        expectLabel: "You should see:", screenSentence: "You are on {screen}.", forEachLead: "For each {item}:",
        navigate: "Go to {path}.", pathSeparator: " › ", open: "Open {name}.", signIn: "Sign in to {name}.",
        typeValue: "Type {value} in {label}.", copyValue: "Copy", valueCopied: "Copied", showStepsFor: "Show steps for", allVariants: "All"
    )

    // MARK: pt-BR (issue 14)
    static let brazilianPortuguese = JourneyStrings(
        conditionLead: "Se {condition}:", done: "Você terminou.", otherwise: "Caso contrário:", beforeYouBegin: "Antes de começar",
        requirementKind: { kind in
            switch kind {
            case .role: "Função"
            case .plan: "Plano"
            case .version: "Versão"
            case .feature: "Recurso"
            }
        },
        expectLabel: "Você deve ver:", screenSentence: "Você está em {screen}.", forEachLead: "Para cada {item}:",
        navigate: "Acesse {path}.", pathSeparator: " › ", open: "Abra {name}.", signIn: "Faça login em {name}.",
        typeValue: "Digite {value} em {label}.", copyValue: "Copiar", valueCopied: "Copiado", showStepsFor: "Mostrar etapas para", allVariants: "Todos"
    )

    // MARK: es (issue 14)
    static let spanish = JourneyStrings(
        conditionLead: "Si {condition}:", done: "Has terminado.", otherwise: "De lo contrario:", beforeYouBegin: "Antes de empezar",
        requirementKind: { kind in
            switch kind {
            case .role: "Rol"
            case .plan: "Plan"
            case .version: "Versión"
            case .feature: "Función"
            }
        },
        expectLabel: "Deberías ver:", screenSentence: "Estás en {screen}.", forEachLead: "Para cada {item}:",
        navigate: "Ve a {path}.", pathSeparator: " › ", open: "Abre {name}.", signIn: "Inicia sesión en {name}.",
        typeValue: "Escribe {value} en {label}.", copyValue: "Copiar", valueCopied: "Copiado", showStepsFor: "Mostrar pasos para", allVariants: "Todos"
    )

    // MARK: ar (issue 14)
    static let arabic = JourneyStrings(
        conditionLead: "إذا {condition}:", done: "لقد انتهيت.", otherwise: "وإلا:", beforeYouBegin: "قبل أن تبدأ",
        requirementKind: { kind in
            switch kind {
            case .role: "الدور"
            case .plan: "الخطة"
            case .version: "الإصدار"
            case .feature: "الميزة"
            }
        },
        expectLabel: "يجب أن ترى:", screenSentence: "أنت الآن في {screen}.", forEachLead: "لكل {item}:",
        navigate: "انتقل إلى {path}.", pathSeparator: " › ", open: "افتح {name}.", signIn: "سجّل الدخول إلى {name}.",
        typeValue: "اكتب {value} في {label}.", copyValue: "نسخ", valueCopied: "تم النسخ", showStepsFor: "عرض الخطوات لـ", allVariants: "الكل"
    )
}
