import WaymarkHelp

/// The JSON Schema (draft 2020-12) of a help bundle's `manifest.json`, written by `waymark schema`
/// as `schemas/help-bundle.schema.json`: the contract for readers on other platforms.
public enum BundleSchema {
    /// The schema's text.
    public static func manifest() -> String {
        #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://waymark.dev/schemas/help-bundle.schema.json",
          "title": "Waymark help bundle manifest",
          "description": "manifest.json of a help bundle (`waymark export`). Readers refuse a schemaVersion they do not know; every file but the manifest is listed with its SHA-256 digest.",
          "type": "object",
          "additionalProperties": false,
          "required": ["format", "schemaVersion", "content", "generator", "sourceLocale", "locales", "search", "context", "webView", "stylesheet", "files"],
          "properties": {
            "format": { "const": "\#(HelpBundleFormat.formatName)" },
            "schemaVersion": { "const": \#(HelpBundleFormat.schemaVersion), "description": "Changes only on an incompatible change of the bundle." },
            "content": {
              "type": "object",
              "additionalProperties": false,
              "required": ["version", "date"],
              "properties": {
                "version": { "type": "string", "minLength": 1, "description": "The project's version, or the date and a digest of the bundle's files." },
                "date": { "$ref": "#/$defs/day", "description": "The newest date in the content (a model's `verified` day), never the clock." }
              }
            },
            "generator": { "type": "string", "description": "The tool that wrote the bundle, such as `waymark 0.1.0`." },
            "sourceLocale": { "$ref": "#/$defs/locale" },
            "locales": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/localeEntry" } },
            "search": { "$ref": "#/$defs/path", "description": "The SQLite FTS5 database." },
            "context": { "$ref": "#/$defs/path", "description": "The context index: surface, screen, element, action to ranked steps." },
            "webView": { "$ref": "#/$defs/path", "description": "The web-view entry page (index.html#<locale>/<guide>/<step>)." },
            "stylesheet": { "$ref": "#/$defs/path", "description": "The fragments' stylesheet (CSS custom properties)." },
            "files": { "type": "array", "items": { "$ref": "#/$defs/file" }, "description": "Every file but the manifest, sorted by path." },
            "images": { "type": "array", "items": { "$ref": "#/$defs/image" }, "description": "The image files the guides show, sorted by path; each is among files too. Absent without images." }
          },
          "$defs": {
            "day": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "locale": { "type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "description": "A BCP 47 tag." },
            "slug": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
            "path": { "type": "string", "pattern": "^[^/\\\\]+(/[^/\\\\]+)*$", "description": "A path inside the bundle, with / separators." },
            "count": { "type": "integer", "minimum": 0 },
            "localeEntry": {
              "type": "object",
              "additionalProperties": false,
              "required": ["tag", "name", "direction", "completeness", "guides"],
              "properties": {
                "tag": { "$ref": "#/$defs/locale" },
                "name": { "type": "string", "description": "The language's own name." },
                "direction": { "enum": ["ltr", "rtl"] },
                "completeness": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["current", "stale", "missing", "percent"],
                  "properties": {
                    "current": { "$ref": "#/$defs/count" },
                    "stale": { "$ref": "#/$defs/count" },
                    "missing": { "$ref": "#/$defs/count" },
                    "percent": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Current texts as a percentage of all, rounded down." }
                  }
                },
                "guides": { "type": "array", "items": { "$ref": "#/$defs/guide" } }
              }
            },
            "guide": {
              "type": "object",
              "additionalProperties": false,
              "required": ["id", "title", "summary", "surfaces", "platforms", "translation", "html", "markdown", "json", "script"],
              "properties": {
                "id": { "$ref": "#/$defs/slug" },
                "title": { "type": "string" },
                "summary": { "type": "string" },
                "topic": { "type": "string" },
                "surfaces": { "type": "array", "items": { "$ref": "#/$defs/slug" } },
                "platforms": { "type": "array", "items": { "type": "string" } },
                "translation": { "enum": ["complete", "partial"], "description": "partial: the source text stands in for some texts." },
                "html": { "$ref": "#/$defs/path", "description": "The HTML fragment." },
                "markdown": { "$ref": "#/$defs/path", "description": "The CommonMark page." },
                "json": { "$ref": "#/$defs/path", "description": "The structured guide." },
                "script": { "$ref": "#/$defs/path", "description": "The fragment as a script, for the web view." }
              }
            },
            "image": {
              "type": "object",
              "additionalProperties": false,
              "required": ["path", "source", "width", "height", "scale", "size", "sha256"],
              "properties": {
                "path": { "type": "string", "pattern": "^images/([^/\\\\]+/)*[^/\\\\]+\\.[0-9a-f]{12}\\.(png|jpe?g|webp|svg)$", "description": "Content-hashed: images/<name>.<hash>.<ext>." },
                "source": { "type": "string", "description": "The image it was published from, under the project's images folder (pt-BR/members.png, members@2x.png)." },
                "width": { "type": "integer", "minimum": 1, "description": "In points (CSS pixels)." },
                "height": { "type": "integer", "minimum": 1, "description": "In points (CSS pixels)." },
                "scale": { "enum": [1, 2], "description": "2 for a high-density file: twice the pixels of its points." },
                "size": { "$ref": "#/$defs/count", "description": "In bytes, as in files." },
                "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }
              }
            },
            "file": {
              "type": "object",
              "additionalProperties": false,
              "required": ["path", "size", "sha256"],
              "properties": {
                "path": { "$ref": "#/$defs/path" },
                "size": { "$ref": "#/$defs/count", "description": "In bytes." },
                "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }
              }
            }
          }
        }

        """#
    }
}
