import WaymarkBase
import WaymarkGuide
import WaymarkModel

extension UIStrings {
    /// Brazilian Portuguese.
    public static let brazilianPortuguese = UIStrings(
        locale: LocaleID("pt-BR")!,
        languageName: "Português (Brasil)",
        siteTitle: "Central de Ajuda",
        guidesHeading: "Guias",
        skipToContent: "Pular para o conteúdo",
        markdownLink: "Ver em Markdown",
        allGuides: "Todos os guias",
        languagesLabel: "Idiomas",
        methodsIntro: { count in
            let words = [2: "duas", 3: "três", 4: "quatro", 5: "cinco"]
            return "Há \(words[count] ?? String(count)) formas de fazer isso:"
        },
        methodPrefix: { number in "Método \(number): " },
        calloutLabel: { kind in
            switch kind {
            case .note: "Observação"
            case .tip: "Dica"
            case .important: "Importante"
            case .warning: "Atenção"
            }
        },
        waitLabel: "Espera",
        waitFor: { duration in "Aguarde " + PortugueseNumbers.duration(duration) },
        waitBefore: "antes de",
        optionalLabel: "Opcional:",
        outcomeTitle: "Resultado",
        fullStop: ".",
        actionSentence: { action in
            switch action {
            case .tap: "Toque em {label}."
            case .click: "Clique em {label}."
            case .select: "Selecione {label}."
            case .openTab: "Abra a guia {label}."
            case .type: "Digite em {label}."
            case .toggle: "Ative ou desative {label}."
            case .confirm: "Confirme no botão {label}."
            case .goBack: "Volte à tela anterior."
            case .openApp: "Abra o app."
            case .openURL: "Acesse {url}."
            case .wait: "Aguarde."
            case .open, .signIn: ""  // issue 14: made from UIStrings.journey
            }
        },
        openAppSentence: "Abra o app {name}.",
        openURLSentence: "Acesse {url}.",
        platformLead: { platforms in
            let names = platforms.map { ["ios": "no iPhone", "ipados": "no iPad", "android": "no Android", "web": "na web"][$0] ?? "em \($0)" }
            let joined = names.joined(separator: " e ")
            return joined.prefix(1).uppercased() + joined.dropFirst() + ":"
        },
        labelSeparator: ":",
        stepNotTranslated: "Este passo ainda não foi traduzido.",
        stepMayBeOutdated: "A tradução deste passo pode estar desatualizada.",
        pageNotTranslated: "Partes desta página ainda não foram traduzidas.",
        pageMayBeOutdated: "Partes desta página podem estar desatualizadas.",
        otherLanguages: "Outros idiomas",
        site: SiteStrings(
            searchLabel: "Pesquisar na ajuda",
            searchNone: "Nenhum guia corresponde.",
            searchResults: ["one": "{n} guia corresponde.", "other": "{n} guias correspondem."],
            breadcrumb: "Trilha de navegação",
            onThisPage: "Nesta página",
            relatedGuides: "Guias relacionados",
            copyLink: "Copiar link deste passo",
            linkCopied: "Link copiado",
            byTopic: "Por assunto",
            byProduct: "Por produto",
            otherTopics: "Outros guias",
            notFoundTitle: "Página não encontrada",
            notFoundText: "Não há nenhuma página neste endereço. Ela pode ter mudado de lugar: pesquise na ajuda ou veja todos os guias."
        )
    )
}

/// Portuguese wording of durations: "1 minuto", "de 1 a 2 minutos".
enum PortugueseNumbers {
    static let units = RomanceUnits(seconds: ("segundo", "segundos"), minutes: ("minuto", "minutos"),
                                    hours: ("hora", "horas"), days: ("dia", "dias"), language: "pt")

    static func duration(_ duration: DurationRange) -> String {
        units.duration(duration) { lower, upper in "de \(lower) a \(upper)" }
    }
}
