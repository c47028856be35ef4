package org.opensar.engine.casefile;

/**
 * Where in a case document a text is: its body (the extracted text), or what the bundle prints about the document
 * from the records system: its title, author or source. Each is searched for third parties' data and redacted alike.
 */
public enum DocumentPart {
    BODY("text"),
    TITLE("title"),
    AUTHOR("author"),
    SOURCE("source");

    private final String label;

    DocumentPart(String label) {
        this.label = label;
    }

    /** "title": how an officer calls this part. */
    public String label() {
        return label;
    }
}
