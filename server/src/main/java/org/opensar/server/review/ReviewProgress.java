package org.opensar.server.review;

/** The review as a whole: documents settled of all, and open decisions left (documents in review, redactions). */
record ReviewProgress(int documents, int settled, int documentsInReview, int openRedactions) {

    public int percent() {
        return documents == 0 ? 100 : (int) Math.floor(100.0 * settled / documents);
    }

    public boolean complete() {
        return documents > 0 && settled == documents;
    }
}
