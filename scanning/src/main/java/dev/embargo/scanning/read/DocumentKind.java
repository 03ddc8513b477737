package dev.embargo.scanning.read;

/** What a document was recognised as, from its content rather than its name. */
public enum DocumentKind {
    TEXT,
    HTML,
    PDF,
    SWIFT_MT,
    ISO20022
}
