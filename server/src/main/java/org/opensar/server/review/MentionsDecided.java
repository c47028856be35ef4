package org.opensar.server.review;

import java.util.Set;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** An officer accepted or rejected every still-open redaction of one person or text in the case file at once. */
public record MentionsDecided(CaseReference request, Actor by, EveryMention payload) implements RequestAudited {

    /** The example redaction's text and type, the ways of writing the person, the decision and how many it took. */
    public record EveryMention(
            String text, PersonalDataType type, Set<String> names, RedactionStatus decision, int redactions) {}

    @Override
    public String action() {
        return switch (payload.decision()) {
            case ACCEPTED -> "REDACTIONS_ACCEPTED_EVERY_MENTION";
            case REJECTED -> "REDACTIONS_REJECTED_EVERY_MENTION";
            case PROPOSED -> "REDACTIONS_PROPOSED_EVERY_MENTION";
        };
    }
}
