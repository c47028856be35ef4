package org.opensar.engine.tools.generate;

/**
 * Which copies a generated case holds: the four basic styles only (the same file again, another format, a print
 * line, reflowed lines), as every case before issue 18 did, so earlier seeds give the same files; or those and the
 * copies councils make as well (printouts, scanned-back printouts, date stamps, notes above, addenda, notes pasted
 * into chronologies, e-mail conversations).
 */
public enum CopyMix {
    BASIC,
    COUNCIL
}
