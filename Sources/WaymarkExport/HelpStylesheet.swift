/// The bundle's stylesheet (`help.css`): the fragments' look in CSS custom properties that an
/// app overrides to match itself, light and dark, sized in `rem` so that dynamic type and the
/// reader's text size carry through, and logical properties so right-to-left locales mirror.
enum HelpStylesheet {
    static let css = """
        /* Waymark help fragments. Override any --help-* property in the app's own stylesheet. */
        :root {
          color-scheme: light dark;
          --help-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
          --help-font-size: 1rem;
          --help-line-height: 1.55;
          --help-text: #1b1f24;
          --help-muted: #57606a;
          --help-background: #ffffff;
          --help-surface: #f6f8fa;
          --help-border: #d0d7de;
          --help-accent: #0a58ca;
          --help-focus: #0a58ca;
          --help-target: #fff8c5;
          --help-note: #57606a;
          --help-tip: #1a7f37;
          --help-important: #8250df;
          --help-warning: #9a6700;
          --help-wait: #0a58ca;
          --help-radius: 6px;
          --help-measure: 42rem;
        }

        @media (prefers-color-scheme: dark) {
          :root {
            --help-text: #e6edf3;
            --help-muted: #9da7b3;
            --help-background: #0d1117;
            --help-surface: #161b22;
            --help-border: #30363d;
            --help-accent: #6cb6ff;
            --help-focus: #6cb6ff;
            --help-target: #3b2e00;
            --help-note: #9da7b3;
            --help-tip: #3fb950;
            --help-important: #b893ff;
            --help-warning: #d29922;
            --help-wait: #6cb6ff;
          }
        }

        /* Dynamic Type in a WKWebView: the system body font at the reader's chosen size. */
        @supports (font: -apple-system-body) {
          html { font: -apple-system-body; }
        }

        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--help-background); color: var(--help-text); }
        .waymark-help, .waymark-help-list {
          max-width: var(--help-measure);
          margin-inline: auto;
          padding: 1rem;
          font-family: var(--help-font);
          font-size: var(--help-font-size);
          line-height: var(--help-line-height);
          overflow-wrap: break-word;
        }
        .waymark-help h1 { font-size: 1.6em; line-height: 1.25; margin-block: 0.5em; }
        .waymark-help h2 { font-size: 1.25em; line-height: 1.3; margin-block: 1.5em 0.5em; }
        .waymark-help a, .waymark-help-list a { color: var(--help-accent); text-underline-offset: 0.15em; }
        .waymark-help :focus-visible, .waymark-help-list :focus-visible { outline: 3px solid var(--help-focus); outline-offset: 2px; }
        .waymark-help ol, .waymark-help ul { padding-inline-start: 1.5em; }
        .waymark-help li { margin-block: 0.35em; }
        .waymark-help li > p { margin-block: 0.25em; }
        .waymark-help code { font-size: 0.92em; background: var(--help-surface); padding: 0.1em 0.3em; border-radius: 4px; }
        .waymark-help [id] { scroll-margin-top: 1rem; }
        .waymark-help .current-step { background: var(--help-target); border-radius: var(--help-radius); }
        .waymark-help .callout {
          margin-block: 1em;
          padding: 0.75em 1em;
          background: var(--help-surface);
          border: 1px solid var(--help-border);
          border-inline-start: 4px solid var(--help-callout, var(--help-note));
          border-radius: var(--help-radius);
        }
        .waymark-help .callout > p { margin: 0; }
        .waymark-help .callout > p + p { margin-top: 0.5em; }
        .waymark-help .callout > p > strong:first-of-type { color: var(--help-callout, var(--help-note)); }
        .waymark-help .callout-note { --help-callout: var(--help-note); }
        .waymark-help .callout-tip { --help-callout: var(--help-tip); }
        .waymark-help .callout-important { --help-callout: var(--help-important); }
        .waymark-help .callout-warning { --help-callout: var(--help-warning); }
        .waymark-help .callout-wait { --help-callout: var(--help-wait); }
        .waymark-help .l10n-notice { color: var(--help-muted); }
        .waymark-help-list ul { list-style: none; padding: 0; }
        .waymark-help-list li { padding-block: 0.75em; border-bottom: 1px solid var(--help-border); }
        .waymark-help-list li p { margin: 0.25em 0 0; color: var(--help-muted); }
        .waymark-help-list .guide-link { font-weight: 600; }
        @media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }

        """
}
