import WaymarkBase

extension CheckRule {
    public static let unknownSurface = RuleDefinition(
        "check.unknown-surface", .error, summary: "A method whose `surface` is not in the product model, or a step that names an action in a method with no `surface`.",
        explanation:
            "Without a known surface none of the method's steps can be walked through the product, so the guide could tell readers to tap things that do not exist. `build` refuses to publish it unless `--allow-check-errors` is given.",
        fix:
            "Use the id of a surface in `Content/model/` (the diagnostic suggests the nearest), for example `surface: example-app`, or add that surface's model file; in a method about something that is not modelled, remove `action` and `target` from its steps."
    )
    public static let unknownScreen = RuleDefinition(
        "check.unknown-screen", .error, summary: "A method's `start` or `end` that is not a screen of its surface.",
        explanation:
            "The checker walks each method from its start screen and checks that it ends on its end screen, so an unknown screen makes the walk meaningless and readers could be sent down a path that does not end where the guide says.",
        fix:
            "Use a screen id from the surface's model file (the diagnostic suggests the nearest), for example `end: password-changed`, or add the screen under `screens` in the model."
    )
    public static let unknownElement = RuleDefinition(
        "check.unknown-element", .error, summary: "A step's `target` that is on no screen of the method's surface.",
        explanation:
            "The step tells readers to use a control the product does not have, usually because of a typo or because the control was renamed or removed. Readers would look for a button that is not there.",
        fix:
            "Use the element id the diagnostic suggests, or one of those on the screen the reader is on, for example `target: settings-tab`; if the product does have the control, add it to the screen's `elements` in the model."
    )
    public static let elementNotOnScreen = RuleDefinition(
        "check.element-not-on-screen", .error, summary: "A step whose target exists, but not on the screen the reader is on at that point.",
        explanation:
            "The guide skips a step or has its steps in the wrong order, so a reader who follows it exactly would not find the control. The message names the screens that have it.",
        fix:
            "Add the steps that lead to a screen that holds the element, or put the steps in the right order; if the model is wrong, add the element to that screen in the model."
    )
    public static let unsupportedAction = RuleDefinition(
        "check.unsupported-action", .error, summary: "A step whose action its target element does not support.",
        explanation:
            "The model lists what each element can do, so a step that asks for something else (typing into a button, toggling a link) describes an interaction the product does not offer and gives readers a wrong instruction.",
        fix:
            "Use one of the actions the message lists, for example `action: tap` instead of `action: toggle`, or add the action to the element's `actions` in the model if the product supports it."
    )
    public static let platformMismatch = RuleDefinition(
        "check.platform-mismatch", .error,
        summary: "A step that acts on an element missing from a platform the step applies to, or a step limited to platforms its method never covers.",
        explanation:
            "Readers on the other platform would be told to use a control they do not have. A step limited to platforms that its method is not walked on is never checked.",
        fix: "Limit the step with `platforms: [ios]` and add the other platform's way as a step of its own, or add the step's platforms to its method's `platforms`.")
    public static let unknownPlatform = RuleDefinition(
        "check.unknown-platform", .error, summary: "A method or step that names a platform its surface does not run on.",
        explanation:
            "A typo such as `iso` for `ios` means the method or step is never walked on the platform that was meant, so it goes unchecked and readers on that platform may get steps that do not apply to them.",
        fix:
            "Use one of the surface's platforms that the message lists, for example `platforms: [ios, android]`, or add the platform to the surface's `platforms` in the model."
    )
    public static let urlOutsideOrigins = RuleDefinition(
        "check.url-outside-origins", .error, summary: "An `open-url` step whose address is not on one of the web surface's origins.",
        explanation:
            "The rest of the method is walked on that website's screens, so an address on another site, or a typo in the host, would send readers somewhere the steps do not describe, possibly to a look-alike site.",
        fix:
            "Use an address on one of the surface's origins, for example `url: https://business.facebook.com/settings`, or add the origin to the surface's `origins` in the model."
    )
    public static let wrongEntry = RuleDefinition(
        "check.wrong-entry", .error, summary: "An `open-app` step on a web surface, or an `open-url` step on an app.",
        explanation:
            "The step tells readers to open the product the wrong way, an app as a web address or a website as an app, so they cannot start where the guide assumes they are.",
        fix: "Use `action: open-app` for an app and `action: open-url` with a `url` for a website; the diagnostic offers the right one as a fix-it.")
    public static let noScreen = RuleDefinition(
        "check.no-screen", .error, summary: "A step that acts before the reader is in the product, or a `go-back` with no screen to go back to.",
        explanation:
            "Neither the checker nor the reader can know which screen they are on: the guide leaves out the step that opens the product, or goes back further than it went.",
        fix: "Start the method with an `open-app` or `open-url` step or give it a `start` screen (`start: home`), and remove a `go-back` that has nowhere to go.")
    public static let systemStep = RuleDefinition(
        "check.system-step", .error, summary: "A step whose action is `wait`, which is something the product does rather than the reader.",
        explanation:
            "Waiting is not a user action, so it should not be a numbered step that readers try to perform. A typed wait is shown as a note of its own, with its duration and reason, in every locale.",
        fix:
            "Replace the step with a typed wait, for example `- id: wait-for-sync` with `wait: 1-2 minutes` and `reason: Your devices need this time to get the new password.`"
    )
    public static let endNotReached = RuleDefinition(
        "check.end-not-reached", .error, summary: "A method whose steps do not end on its `end` screen on some platform.",
        explanation:
            "The guide promises readers a screen that following the steps does not reach, usually because a step is missing or the product changed. The message says where the walk did end, per platform.",
        fix: "Add the missing steps, correct `end` to the screen the method really ends on, or update the model if an action now leads somewhere else.")
    public static let unmappedStep = RuleDefinition(
        "check.unmapped-step", .warning, summary: "A step in a method with a surface that names no action, so it cannot be checked.",
        explanation:
            "Only steps with an `action` are proved against the product model, so a text-only step could drift from the product without anyone noticing. The walk carries on as if the step did not move the reader.",
        fix:
            "Add `action:` and `target:` from the surface's model file, for example `action: tap` and `target: settings-tab`, keeping `text` for your own words; for a step that cannot be modelled, write `lint-ignore: check.unmapped-step` on it."
    )
    public static let missingLabel = RuleDefinition(
        "check.missing-label", .error, summary: "A step whose target has no label in the model, while the step has no text or its text uses `{label}`.",
        explanation:
            "Such steps are written from the element's UI label (Tap **Account**.), so without a label there is nothing to write and the page would show an incomplete instruction.",
        fix:
            "Write the step's `text` in your own words without `{label}`, for example `text: Tap the chat you want to archive.`, or add a `label` to the element in the model."
    )
    public static let unknownBranch = RuleDefinition(
        "check.unknown-branch", .error, summary: "A step's `when` that names a state no action of the product model branches on.",
        explanation:
            "`when` ties a step to a system branch of the model (the product sends the user elsewhere when a state holds); a name the model does not have is a typo or a branch that was removed, so the step would never be walked.",
        fix:
            "Use the branch id the diagnostic suggests, add the branch to the action in the model (`branches: [{when: two-factor-on, to: code-entry}]`), or keep only `if:` for a condition the model does not know."
    )
    public static let unhandledBranch = RuleDefinition(
        "check.unhandled-branch", .error, summary: "A step whose action can lead elsewhere (a system branch of the model) that the guide never handles.",
        explanation:
            "When the product redirects the reader (a second factor, a rule that applies), a guide that does not say what to do leaves them on a screen its next steps do not describe.",
        fix:
            "Add a step with `when: <branch>` and `if:` in the reader's words (with `done: true` when they are then done), or write `not-applicable: [<branch>]` on the step when it cannot happen to this guide's readers."
    )
    public static let unknownRequirement = RuleDefinition(
        "check.unknown-requirement", .error, summary: "A `requires` entry that no surface of the product model declares.",
        explanation:
            "Requirements (roles, plans, versions, features) are declared in the model so that the checker can prove every element a guide uses is available to its readers; an unknown one proves nothing and is shown to nobody.",
        fix: "Use the id the diagnostic suggests, or declare it under `requirements` in the surface's model file (`- id: admin`, `kind: role`, `name: Admin`).")
    public static let missingRequirement = RuleDefinition(
        "check.missing-requirement", .error,
        summary: "A step on an element or action that the model makes available only with a role, plan, version or feature that the guide does not require.",
        explanation:
            "Readers without that role or plan would not see the control; the guide must say so before they begin, so the checker reports every control used without its requirement.",
        fix: "Add `requires: [admin]` (the id the message names) to the guide or to the method; it is shown as \"Before you begin\".")
    public static let unknownVariant = RuleDefinition(
        "check.unknown-variant", .error, summary: "A method or step that names a variant its surface does not declare.",
        explanation:
            "Variants (a classic and a new console, plans, editions) are walked one by one; a misspelt one means the step is never walked in the variant that was meant.",
        fix: "Use one of the surface's variants (the message lists them), or declare the variant under `variants` in the model file.")
    public static let variantMismatch = RuleDefinition(
        "check.variant-mismatch", .error, summary: "A step that acts on an element missing from a variant the step applies to.",
        explanation: "Readers who have that variant would be told to use a control they do not have.",
        fix: "Limit the step with `variants: [new]` and add the other variant's way as a step of its own.")
    public static let expectationMismatch = RuleDefinition(
        "check.expectation-mismatch", .error, summary: "A step's `expect` that names a screen or element the walk does not reach after the step.",
        explanation: "An expectation tells readers what they should see; if the model says they see something else, the guide or the model is wrong.",
        fix: "Correct `expect` to the screen the message names, add the missing steps, or update the model if the product changed.")
    public static let destructiveWithoutWarning = RuleDefinition(
        "check.destructive-without-warning", .error, summary: "A step on an action the model marks `destructive` without a warning callout.",
        explanation:
            "Deleting, removing access or anything that cannot be undone must be announced before the reader acts; the warning is rendered before the step in every locale.",
        fix: "Add `callouts: [{kind: warning, text: …}]` to the step (the fix-it inserts one to complete).")
    public static let valueFormat = RuleDefinition(
        "check.value-format", .error, summary: "A step's `value` that does not fit the input format the model gives its field.",
        explanation: "Readers copy values exactly; a code of the wrong length or a domain in the wrong form would be refused by the product.",
        fix: "Correct the value to the format the message gives (length, pattern), or correct the field's `format` in the model.")
    public static let noSignIn = RuleDefinition(
        "check.no-sign-in", .error, summary: "A `sign-in` step where the reader is not on the surface's sign-in screen, or on a surface without one.",
        explanation:
            "Signing in happens on a sign-in screen the model declares, with what follows (a second factor, a consent screen) as its branches; without it the checker cannot follow the reader.",
        fix: "Declare `sign-in: <screen id>` on the surface and an element on that screen that supports `sign-in`, or open the surface before the sign-in step.")
    public static let loopNotRepeatable = RuleDefinition(
        "check.loop-not-repeatable", .error, summary: "A `for-each` step whose sub-steps cannot be done a second time from where the first round ends.",
        explanation: "A repeat over items (\"for each remaining partner\") must leave the reader where the next round starts; otherwise the second round fails.",
        fix: "End the sub-steps on the screen where the first sub-step can be done again (add a `go-back` or a navigation step).")
    public static let otherwiseWithoutIf = RuleDefinition(
        "check.otherwise-without-if", .error, summary: "A step with `otherwise: true` that does not follow a step with `if:`.",
        explanation:
            "`otherwise` is what the reader does when the previous step's condition does not hold (\"If you cannot scan the code… Otherwise…\"); without that step, the walk cannot know which readers do it.",
        fix: "Move the step right after the step with `if:` it is the alternative of, or give it its own `if:`.")
    public static let staleModel = RuleDefinition(
        "model.stale", .warning,
        summary: "A guide on a third-party surface whose model was never verified, or was last verified more than `--max-model-age` days ago (180 unless set).",
        explanation:
            "Another company's product changes without telling the help team, so an old model may no longer match it and the checker would prove steps against an outdated picture. The warning is on every guide that uses the surface.",
        fix:
            "Check the guide's steps and the model against the current product, then set `verified:` to today's date (for example `verified: 2026-11-20`) in the surface's model file; `--max-model-age DAYS` changes the limit."
    )
    public static let undocumentedAction = RuleDefinition(
        "coverage.undocumented-action", .note, summary: "An action of the product model that no guide documents.",
        explanation:
            "Reported only with `--coverage`, it shows which controls readers get no help for: the context-help index has no guide to open for them. It is a note, not a problem in any guide.",
        fix:
            "Write a guide step with the action and target that the note names, for example `action: tap` and `target: archive-chat`, or remove the action from the model if the product no longer has it."
    )

    /// The definitions of the companion checker's rules, for `docs/rules.md`, `waymark rules` and SARIF.
    public static let definitions: [RuleDefinition] =
        [
            unknownSurface,
            unknownScreen,
            unknownElement,
            elementNotOnScreen,
            unsupportedAction,
            platformMismatch,
            unknownPlatform,
            urlOutsideOrigins,
            wrongEntry,
            noScreen,
            systemStep,
            endNotReached,
            unmappedStep,
            missingLabel,
            // Issue 14.
            unknownBranch,
            unhandledBranch,
            unknownRequirement,
            missingRequirement,
            unknownVariant,
            variantMismatch,
            expectationMismatch,
            destructiveWithoutWarning,
            valueFormat,
            noSignIn,
            loopNotRepeatable,
            otherwiseWithoutIf,
            staleModel,
            undocumentedAction,
        ] + formatDefinitions  // issue 15
}
