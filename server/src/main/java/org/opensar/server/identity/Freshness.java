package org.opensar.server.identity;

/** How recent a document must be for the council to accept it. */
public enum Freshness {
    /** Any date will do (a birth certificate does not go stale). */
    NONE,
    /** Dated no more than 6 months before the day the council received it. */
    WITHIN_SIX_MONTHS_OF_RECEIPT,
    /** For the council tax year (1 April to 31 March) in which the council received it. */
    CURRENT_COUNCIL_TAX_YEAR,
    /** Not expired on the day the council received it. */
    NOT_EXPIRED;

    /** Whether an item under this rule must carry the date on the document. */
    public boolean needsDocumentDate() {
        return this == WITHIN_SIX_MONTHS_OF_RECEIPT || this == CURRENT_COUNCIL_TAX_YEAR;
    }

    /** Whether an item under this rule must carry its expiry date. */
    public boolean needsExpiryDate() {
        return this == NOT_EXPIRED;
    }
}
