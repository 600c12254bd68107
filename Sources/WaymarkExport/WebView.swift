import Foundation
import WaymarkHelp

/// The web-view entry: `index.html` and a small script that open any guide of the bundle from
/// `file://` with no network (a WKWebView or an Android WebView). Guides load as scripts, since
/// `fetch` of a local file is refused under `file://`: `index.html#pt-BR/guide-id/step-id`.
enum WebView {
    /// The entry page, in the source locale until a guide or list sets the page's language.
    static func indexHTML(source: String, title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(source))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="help.css">
        <script src="catalog.js"></script>
        <script src="viewer.js" defer></script>
        </head>
        <body>
        <main id="help" tabindex="-1"><noscript><p>This help needs JavaScript.</p></noscript></main>
        </body>
        </html>

        """
    }

    /// The list of every locale's guides for the viewer (`catalog.js`).
    static func catalogScript(_ catalog: Catalog) -> String {
        "window.waymarkHelpCatalog = " + json(catalog) + ";\n"
    }

    /// One guide's fragment as a script that hands it to the viewer (`<locale>/<guide>.js`).
    static func fragmentScript(locale: String, guide: String, html: String) -> String {
        "window.waymarkHelpFragment(" + json(locale) + ", " + json(guide) + ", " + json(html) + ");\n"
    }

    struct Catalog: Encodable {
        var source: String
        var locales: [Locale]
        struct Locale: Encodable {
            var tag: String, name: String, dir: String, heading: String
            var guides: [Guide]
        }
        struct Guide: Encodable {
            var id: String, title: String, summary: String
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The viewer: reads the address's fragment, loads the guide's script, shows it, and lands on the step.
    static let script = #"""
        // Waymark help viewer: index.html#<locale>/<guide>[/<step>] shows a guide; index.html#<locale> lists them.
        (function () {
          "use strict";
          var catalog = window.waymarkHelpCatalog;
          var main = document.getElementById("help");
          var loaded = {};
          var current = null;

          function localeEntry(tag) {
            var exact = null, language = null;
            var wanted = (tag || "").toLowerCase();
            catalog.locales.forEach(function (entry) {
              if (entry.tag.toLowerCase() === wanted) exact = entry;
              if (!language && entry.tag.split("-")[0].toLowerCase() === wanted.split("-")[0]) language = entry;
            });
            return exact || language || catalog.locales.filter(function (e) { return e.tag === catalog.source; })[0] || catalog.locales[0];
          }

          function setLanguage(entry) {
            document.documentElement.lang = entry.tag;
            document.documentElement.dir = entry.dir;
          }

          function showList(entry) {
            setLanguage(entry);
            current = null;
            var list = document.createElement("div");
            list.className = "waymark-help-list";
            var heading = document.createElement("h1");
            heading.textContent = entry.heading;
            list.appendChild(heading);
            var items = document.createElement("ul");
            entry.guides.forEach(function (guide) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.className = "guide-link";
              link.href = "#" + entry.tag + "/" + guide.id;
              link.textContent = guide.title;
              var summary = document.createElement("p");
              summary.textContent = guide.summary;
              item.appendChild(link);
              item.appendChild(summary);
              items.appendChild(item);
            });
            list.appendChild(items);
            main.replaceChildren(list);
            document.title = entry.heading;
          }

          function showGuide(entry, guide, step) {
            var key = entry.tag + "/" + guide;
            var html = loaded[key];
            if (html === undefined) {
              window.waymarkHelpPending = { key: key, step: step };
              var script = document.createElement("script");
              script.src = encodeURIComponent(entry.tag) + "/" + encodeURIComponent(guide) + ".js";
              script.onerror = function () { showList(entry); };
              document.head.appendChild(script);
              return;
            }
            setLanguage(entry);
            if (current !== key) {
              var article = document.createElement("article");
              article.className = "waymark-help";
              article.appendChild(resolved(html, entry.tag, guide));
              main.replaceChildren(article);
              current = key;
              var title = article.querySelector("h1");
              document.title = title ? title.textContent : guide;
            }
            land(step);
          }

          // A fragment's paths are relative to its file (<locale>/<guide>.html): its images are
          // resolved against that file, and its links to other guides' fragments become viewer
          // addresses (#<locale>/<guide>/<step>). Parsed in a template, so nothing loads before.
          function resolved(html, tag, guide) {
            var template = document.createElement("template");
            template.innerHTML = html;
            var base = new URL(encodeURIComponent(tag) + "/" + encodeURIComponent(guide) + ".html", document.baseURI);
            template.content.querySelectorAll("img[src], img[srcset], source[srcset]").forEach(function (node) {
              if (node.hasAttribute("src")) node.setAttribute("src", new URL(node.getAttribute("src"), base).href);
              if (node.hasAttribute("srcset")) {
                node.setAttribute("srcset", node.getAttribute("srcset").split(",").map(function (part) {
                  var words = part.trim().split(/\s+/);
                  words[0] = new URL(words[0], base).href;
                  return words.join(" ");
                }).join(", "));
              }
            });
            template.content.querySelectorAll("a[href]").forEach(function (link) {
              var match = /^(?:\.\.\/([^\/#]+)\/)?([a-z0-9-]+)\.html(?:#(.+))?$/.exec(link.getAttribute("href"));
              if (match) link.setAttribute("href", "#" + (match[1] || tag) + "/" + match[2] + (match[3] ? "/" + match[3] : ""));
            });
            return template.content;
          }

          function land(step) {
            main.querySelectorAll(".current-step").forEach(function (node) { node.classList.remove("current-step"); });
            var anchor = step ? document.getElementById(step) : null;
            if (!anchor) { main.focus(); window.scrollTo(0, 0); return; }
            var holder = anchor.closest("li, aside, h2") || anchor.parentElement;
            holder.classList.add("current-step");
            holder.setAttribute("tabindex", "-1");
            holder.scrollIntoView();
            holder.focus({ preventScroll: true });
          }

          window.waymarkHelpFragment = function (locale, guide, html) {
            var key = locale + "/" + guide;
            loaded[key] = html;
            var pending = window.waymarkHelpPending;
            if (pending && pending.key === key) { window.waymarkHelpPending = null; route(); }
          };

          function route() {
            var parts = decodeURIComponent(location.hash.replace(/^#/, "")).split("/").filter(Boolean);
            var entry = localeEntry(parts[0] || navigator.language);
            var guide = parts[1];
            if (guide && entry.guides.some(function (g) { return g.id === guide; })) {
              showGuide(entry, guide, parts[2]);
            } else {
              showList(entry);
            }
          }

          // Links inside a guide to its own anchors (#method) keep the guide in the address.
          main.addEventListener("click", function (event) {
            var link = event.target.closest("a[href^='#']");
            if (!link || !current) return;
            var target = link.getAttribute("href").slice(1);
            if (target.indexOf("/") >= 0) return;
            event.preventDefault();
            location.hash = current + "/" + target;
          });

          window.addEventListener("hashchange", route);
          route();
        })();

        """#
}
