import Foundation
import Testing
import WaymarkBase
import WaymarkCheck
import WaymarkGuide
import WaymarkLoader
import WaymarkModel

/// A small web console and a phone app with every construct of issue 14, and a guide that uses
/// them all: journeys, sign-in with a second factor, navigation paths, persistent navigation,
/// conditions and exits, system branches, requirements, variants, expectations, destructive
/// actions, values with formats, icons, aliases and loops.
public enum JourneyFixture {
    public static let console = """
        id: console
        name: Example Console
        kind: web
        platforms: [web]
        origins: [https://console.example.com]
        url: https://console.example.com
        verified: 2026-11-01
        start: login
        sign-in: login
        requirements:
          - id: owner
            kind: role
            name: {en: Owner, pt-BR: Proprietário, es: Propietario, ar: المالك}
            implies: [admin]
          - id: admin
            kind: role
            name: {en: Admin, pt-BR: Administrador, es: Administrador, ar: المسؤول}
          - id: business-plan
            kind: plan
            name: {en: Business plan, pt-BR: Plano Business, es: Plan Business, ar: خطة الأعمال}
        variants:
          - id: classic
            name: {en: Classic console, pt-BR: Console clássico, es: Consola clásica, ar: الواجهة الكلاسيكية}
          - id: new
            name: {en: New console, pt-BR: Novo console, es: Consola nueva, ar: الواجهة الجديدة}
        navigation:
          - id: sidebar
            screens: [home, settings, members, member]
            elements:
              - id: settings
                label: {en: Settings, pt-BR: Configurações, es: Configuración, ar: الإعدادات}
                actions: {click: settings}
        screens:
          - id: login
            name: Sign in
            elements:
              - id: sign-in-form
                label: Sign in
                actions:
                  sign-in:
                    to: home
                    branches:
                      - {when: two-factor-on, to: code-entry}
          - id: code-entry
            name: {en: Two-step verification, pt-BR: Verificação em duas etapas, es: Verificación en dos pasos, ar: التحقق بخطوتين}
            elements:
              - id: code-field
                label: {en: Code, pt-BR: Código, es: Código, ar: الرمز}
                format: {min-length: 6, max-length: 6, pattern: "[0-9]+", description: a 6-digit code}
                actions: {type: same}
              - id: verify
                label: {en: Verify, pt-BR: Verificar, es: Verificar, ar: تحقّق}
                actions: {click: home}
              - id: open-authenticator
                label: {en: Use the app, pt-BR: Usar o app, es: Usar la app, ar: استخدم التطبيق}
                actions:
                  click: {surface: phone, to: codes}
          - id: home
            name: {en: Home, pt-BR: Início, es: Inicio, ar: الرئيسية}
            elements: []
          - id: settings
            name: {en: Settings, pt-BR: Configurações, es: Configuración, ar: الإعدادات}
            verified: 2026-11-20
            elements:
              - id: members-link
                label: {en: Members, pt-BR: Membros, es: Miembros, ar: الأعضاء}
                aliases: [People]
                actions: {click: members}
              - id: delete-org
                label: {en: Delete organization, pt-BR: Excluir organização, es: Eliminar organización, ar: حذف المؤسسة}
                requires: [owner]
                actions:
                  click: {to: home, destructive: true}
          - id: members
            name: {en: Members, pt-BR: Membros, es: Miembros, ar: الأعضاء}
            elements:
              - id: member-row
                actions: {select: member}
              - id: invite
                label: {en: Invite…, pt-BR: Convidar…, es: Invitar…, ar: دعوة…}
                requires: [admin]
                actions: {click: invite-dialog}
              - id: bulk-import
                label: {en: Import members, pt-BR: Importar membros, es: Importar miembros, ar: استيراد الأعضاء}
                variants: [new]
                requires: [business-plan]
                actions: {click: same}
          - id: invite-dialog
            name: Invite members
            elements:
              - id: email-field
                label: {en: Email address, pt-BR: Endereço de e-mail, es: Dirección de correo, ar: عنوان البريد}
                format: {pattern: "[^@ ]+@[^@ ]+"}
                actions: {type: same}
              - id: send-invite
                label: {en: Send, pt-BR: Enviar, es: Enviar, ar: إرسال}
                actions:
                  click:
                    to: members
                    branches:
                      - {when: seat-limit, to: upgrade}
          - id: upgrade
            name: Upgrade your plan
            elements: []
          - id: member
            name: {en: Member, pt-BR: Membro, es: Miembro, ar: العضو}
            elements:
              - id: more-actions
                icon: ⋮
                label: {en: More actions, pt-BR: Mais ações, es: Más acciones, ar: إجراءات إضافية}
                actions: {click: member-menu}
          - id: member-menu
            name: Member actions
            elements:
              - id: remove-member
                label: {en: Remove, pt-BR: Remover, es: Quitar, ar: إزالة}
                requires: [admin]
                actions:
                  click: {to: members, destructive: true}
        """

    public static let phone = """
        id: phone
        name: Example Authenticator
        kind: app
        platforms: [ios, android, web]
        start: codes
        screens:
          - id: codes
            name: {en: Codes, pt-BR: Códigos, es: Códigos, ar: الرموز}
            elements:
              - id: account-code
                actions: {select: same}
        """

    /// The guide, with a line for each construct that a mutation changes.
    public static let guide = """
        id: manage-members
        title: Remove members from your organization
        summary: Sign in, check each member, and remove the ones who left.
        requires: [admin]
        methods:
          - id: in-the-console
            title: In the console
            surface: console
            end: members
            requires: [business-plan]
            steps:
              - id: open-console
                action: open
              - id: sign-in
                action: sign-in
              - id: enter-code
                when: two-factor-on
                if: you are asked for a verification code
                text: Enter the code from your authenticator app.
                steps:
                  - id: use-app
                    action: click
                    target: open-authenticator
                  - id: read-code
                    surface: phone
                    action: select
                    target: account-code
                    text: Read the code for your organization.
                  - id: type-code
                    surface: console
                    action: type
                    target: code-field
                    value: "123456"
                  - id: verify-code
                    action: click
                    target: verify
              - id: go-to-members
                navigate: [settings, members-link]
                expect: members
              - id: review-members
                for-each: member who left
                steps:
                  - id: open-member
                    action: select
                    target: member-row
                    text: Select the member.
                  - id: open-menu
                    action: click
                    target: more-actions
                  - id: remove
                    action: click
                    target: remove-member
                    callouts:
                      - kind: warning
                        text: The member loses access at once.
                    expect:
                      screen: members
                      text: The member no longer appears in the list.
              - id: import
                variants: [new]
                action: click
                target: bulk-import
                optional: true
                text: To add the people who replace them, click {label}.
              - id: nobody-left
                if: nobody left your organization
                done: true
                text: Nothing needs to change.
        outcome:
          results:
            - The members who left no longer have access.
        """

    public static func model() throws -> ProductModel {
        let (console, consoleDiagnostics) = ModelLoader.load(text: console, file: "Content/model/console.yaml")
        let (phone, phoneDiagnostics) = ModelLoader.load(text: phone, file: "Content/model/phone.yaml")
        #expect(consoleDiagnostics.isEmpty && phoneDiagnostics.isEmpty, "\((consoleDiagnostics + phoneDiagnostics).map(\.headline))")
        return ProductModel(surfaces: [try #require(console), try #require(phone)])
    }

    /// The checker's findings on `yaml` (default: the guide) against the fixture's model.
    public static func check(_ yaml: String = guide) throws -> [Diagnostic] {
        let (guide, loadDiagnostics) = GuideFileLoader.load(text: yaml, file: "Content/guides/manage-members.yaml")
        #expect(loadDiagnostics.isEmpty, "\(loadDiagnostics.map(\.headline))")
        return Checker.check(
            guides: [try #require(guide)], model: try model(),
            options: CheckOptions(today: ModelDates.parse("2026-11-27")!)
        ).diagnostics
    }
}
