import WaymarkBase
import WaymarkGuide
import WaymarkModel

extension UIStrings {
    /// Spanish.
    public static let spanish = UIStrings(
        locale: LocaleID("es")!,
        languageName: "Español",
        siteTitle: "Centro de ayuda",
        guidesHeading: "Guías",
        skipToContent: "Saltar al contenido",
        markdownLink: "Ver en Markdown",
        allGuides: "Todas las guías",
        languagesLabel: "Idiomas",
        methodsIntro: { count in
            let words = [2: "dos", 3: "tres", 4: "cuatro", 5: "cinco"]
            return "Hay \(words[count] ?? String(count)) formas de hacerlo:"
        },
        methodPrefix: { number in "Método \(number): " },
        calloutLabel: { kind in
            switch kind {
            case .note: "Nota"
            case .tip: "Consejo"
            case .important: "Importante"
            case .warning: "Advertencia"
            }
        },
        waitLabel: "Espera",
        waitFor: { duration in "Espera " + SpanishNumbers.duration(duration) },
        waitBefore: "antes de",
        optionalLabel: "Opcional:",
        outcomeTitle: "Resultado",
        fullStop: ".",
        actionSentence: { action in
            switch action {
            case .tap: "Toca {label}."
            case .click: "Haz clic en {label}."
            case .select: "Selecciona {label}."
            case .openTab: "Abre la pestaña {label}."
            case .type: "Escribe en {label}."
            case .toggle: "Activa o desactiva {label}."
            case .confirm: "Confirma con el botón {label}."
            case .goBack: "Vuelve a la pantalla anterior."
            case .openApp: "Abre la app."
            case .openURL: "Ve a {url}."
            case .wait: "Espera."
            case .open, .signIn: ""  // issue 14: made from UIStrings.journey
            }
        },
        openAppSentence: "Abre la app {name}.",
        openURLSentence: "Ve a {url}.",
        platformLead: { platforms in
            let names = platforms.map { ["ios": "iPhone", "ipados": "iPad", "android": "Android", "web": "la web"][$0] ?? $0 }
            return "En " + names.joined(separator: " y ") + ":"
        },
        labelSeparator: ":",
        stepNotTranslated: "Este paso aún no está traducido.",
        stepMayBeOutdated: "La traducción de este paso puede estar desactualizada.",
        pageNotTranslated: "Partes de esta página aún no están traducidas.",
        pageMayBeOutdated: "Partes de esta página pueden estar desactualizadas.",
        otherLanguages: "Otros idiomas",
        site: SiteStrings(
            searchLabel: "Buscar en la ayuda",
            searchNone: "Ninguna guía coincide.",
            searchResults: ["one": "{n} guía coincide.", "other": "{n} guías coinciden."],
            breadcrumb: "Ruta de navegación",
            onThisPage: "En esta página",
            relatedGuides: "Guías relacionadas",
            copyLink: "Copiar el enlace de este paso",
            linkCopied: "Enlace copiado",
            byTopic: "Por tema",
            byProduct: "Por producto",
            otherTopics: "Otras guías",
            notFoundTitle: "Página no encontrada",
            notFoundText: "No hay ninguna página en esta dirección. Puede que se haya movido: busca en la ayuda o consulta todas las guías."
        )
    )
}

/// Spanish wording of durations: "1 minuto", "entre 1 y 2 minutos".
enum SpanishNumbers {
    static let units = RomanceUnits(seconds: ("segundo", "segundos"), minutes: ("minuto", "minutos"),
                                    hours: ("hora", "horas"), days: ("día", "días"), language: "es")

    static func duration(_ duration: DurationRange) -> String {
        units.duration(duration) { lower, upper in "entre \(lower) y \(upper)" }
    }
}
