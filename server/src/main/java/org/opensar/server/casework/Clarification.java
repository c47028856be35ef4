package org.opensar.server.casework;

import java.time.LocalDate;

/** A question the council asked the requester; the clock stops from the day asked to the day answered. */
public record Clarification(long id, LocalDate askedOn, String question, LocalDate answeredOn, String answer) {

    public boolean answered() {
        return answeredOn != null;
    }
}
