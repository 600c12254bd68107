/// Something in author inline Markdown that cannot be published as written.
package struct InlineFinding: Hashable, Sendable {
    /// What is wrong.
    package enum Kind: Hashable, Sendable {
        /// Raw HTML such as `<script>`; it is shown as text, never as markup.
        case rawHTML(String)
        /// A link whose destination uses a scheme that is not allowed (e.g. `javascript:`).
        case unsafeLink(String)
        /// A block construct (heading, list, quote, code block, thematic break) in a one-line field.
        case blockContent(String)
    }

    /// What is wrong.
    package var kind: Kind
    /// The UTF-8 byte offset in the inspected text where it starts.
    package var utf8Offset: Int
}
