import WaymarkBase
import WaymarkGuide
import WaymarkModel

extension UIStrings {
    /// Arabic (right to left).
    public static let arabic = UIStrings(
        locale: LocaleID("ar")!,
        languageName: "العربية",
        siteTitle: "مركز المساعدة",
        guidesHeading: "الأدلة",
        skipToContent: "انتقل إلى المحتوى",
        markdownLink: "عرض بتنسيق Markdown",
        allGuides: "كل الأدلة",
        languagesLabel: "اللغات",
        methodsIntro: { count in
            switch PluralCategory.of(count, language: "ar") {
            case .two: "هناك طريقتان للقيام بذلك:"
            case .few: "هناك \(count) طرق للقيام بذلك:"
            default: "هناك \(count) طريقة للقيام بذلك:"
            }
        },
        methodPrefix: { number in "الطريقة \(number): " },
        calloutLabel: { kind in
            switch kind {
            case .note: "ملاحظة"
            case .tip: "نصيحة"
            case .important: "مهم"
            case .warning: "تحذير"
            }
        },
        waitLabel: "انتظار",
        waitFor: { duration in "انتظر " + ArabicNumbers.duration(duration) },
        waitBefore: "قبل",
        optionalLabel: "اختياري:",
        outcomeTitle: "النتيجة",
        fullStop: ".",
        actionSentence: { action in
            switch action {
            case .tap: "اضغط على {label}."
            case .click: "انقر على {label}."
            case .select: "اختر {label}."
            case .openTab: "افتح علامة التبويب {label}."
            case .type: "اكتب في {label}."
            case .toggle: "فعّل {label} أو أوقفه."
            case .confirm: "أكّد بالضغط على {label}."
            case .goBack: "ارجع إلى الشاشة السابقة."
            case .openApp: "افتح التطبيق."
            case .openURL: "انتقل إلى {url}."
            case .wait: "انتظر."
            case .open, .signIn: ""  // issue 14: made from UIStrings.journey
            }
        },
        openAppSentence: "افتح تطبيق {name}.",
        openURLSentence: "انتقل إلى {url}.",
        platformLead: { platforms in
            let names = platforms.map { ["ios": "iPhone", "ipados": "iPad", "android": "Android", "web": "الويب"][$0] ?? $0 }
            return "على " + names.joined(separator: " و") + ":"
        },
        labelSeparator: ":",
        stepNotTranslated: "لم تُترجم هذه الخطوة بعد.",
        stepMayBeOutdated: "قد تكون ترجمة هذه الخطوة قديمة.",
        pageNotTranslated: "لم تُترجم أجزاء من هذه الصفحة بعد.",
        pageMayBeOutdated: "قد تكون أجزاء من هذه الصفحة قديمة.",
        otherLanguages: "لغات أخرى",
        site: SiteStrings(
            searchLabel: "ابحث في المساعدة",
            searchNone: "لا يوجد دليل مطابق.",
            searchResults: ["zero": "لا يوجد دليل مطابق.", "one": "دليل واحد مطابق.", "two": "دليلان مطابقان.", "few": "{n} أدلة مطابقة.", "many": "{n} دليلًا مطابقًا.", "other": "{n} دليل مطابق."],
            breadcrumb: "مسار التنقل",
            onThisPage: "في هذه الصفحة",
            relatedGuides: "أدلة ذات صلة",
            copyLink: "نسخ رابط هذه الخطوة",
            linkCopied: "تم نسخ الرابط",
            byTopic: "حسب الموضوع",
            byProduct: "حسب المنتج",
            otherTopics: "أدلة أخرى",
            notFoundTitle: "الصفحة غير موجودة",
            notFoundText: "لا توجد صفحة على هذا العنوان. ربما نُقلت: ابحث في المساعدة أو اطّلع على كل الأدلة."
        )
    )
}

/// Arabic wording of durations, with the dual and the plural forms Arabic counts with:
/// "دقيقة واحدة", "دقيقتين", "5 دقائق", "15 دقيقة", "من دقيقة إلى دقيقتين".
enum ArabicNumbers {
    /// Singular, dual (accusative and genitive), plural for 3–10, and the singular that
    /// follows 11–99.
    static func forms(_ unit: DurationRange.Unit) -> (one: String, two: String, few: String, many: String) {
        switch unit {
        case .seconds: ("ثانية", "ثانيتين", "ثوانٍ", "ثانية")
        case .minutes: ("دقيقة", "دقيقتين", "دقائق", "دقيقة")
        case .hours: ("ساعة", "ساعتين", "ساعات", "ساعة")
        case .days: ("يوم", "يومين", "أيام", "يومًا")
        }
    }

    /// A count of a unit; `bare` drops "واحدة/واحد" after the singular (inside a range).
    static func count(_ n: Int, _ unit: DurationRange.Unit, bare: Bool = false) -> String {
        let forms = forms(unit)
        switch PluralCategory.of(n, language: "ar") {
        case .one: return bare ? forms.one : forms.one + (unit == .days ? " واحد" : " واحدة")
        case .two: return forms.two
        case .few: return "\(n) \(forms.few)"
        case .many: return "\(n) \(forms.many)"
        default: return "\(n) \(forms.one)"
        }
    }

    static func duration(_ duration: DurationRange) -> String {
        guard let upper = duration.upper else { return count(duration.lower, duration.unit) }
        let lower = duration.lower <= 2 ? count(duration.lower, duration.unit, bare: true) : String(duration.lower)
        return "من \(lower) إلى \(count(upper, duration.unit, bare: true))"
    }
}
