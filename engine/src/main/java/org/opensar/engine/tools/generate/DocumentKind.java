package org.opensar.engine.tools.generate;

import java.util.Locale;

/**
 * The kinds of document in a children's social care file, each with what the care-leaver disclosure policy
 * (rules.md section 5) decides for it. The id names the template resource {@code templates/<id>.txt}.
 */
enum DocumentKind {
    CASE_NOTE(Disposition.DISCLOSE, Reason.CASE_NOTE, "sw", "Case Note", "Case Notes", 18, 0.03, 0),
    CIC_REVIEW(Disposition.DISCLOSE, Reason.CIC_REVIEW, "iro", "CiC Review", "Reviews", 5, 0, 0),
    CHRONOLOGY(Disposition.DISCLOSE, Reason.CHRONOLOGY, "sw", "Chronology", "Chronology", 2, 1, 45),
    ASSESSMENT(Disposition.DISCLOSE, Reason.ASSESSMENT, "sw", "Assessment", "Assessments", 4, 0.15, 0),
    CARE_PLAN(Disposition.DISCLOSE, Reason.PLAN, "sw", "Care Plan", "Plans", 4, 0, 0),
    MEETING_MINUTES(Disposition.DISCLOSE, Reason.MEETING_NOTES, "tm", "Meeting Minutes", "Meetings", 6, 0, 0),
    PERSONAL_ADVISOR_NOTE(Disposition.DISCLOSE, Reason.PERSONAL_ADVISOR_NOTE, "pa", "Pathway", "Leaving Care", 5, 0, 7),
    PLACEMENT_LOG(Disposition.DISCLOSE, Reason.PLACEMENT_LOG, "carer", "Placement Log", "Placement", 8, 0.15, 1),
    PLACEMENT_LOG_ROUTINE(Disposition.REMOVE, Reason.NOT_MEANINGFUL, "carer", "Placement Log", "Placement", 7, 0, 1),
    SCHOOL_MEETING(Disposition.DISCLOSE, Reason.SCHOOL_WITH_SOCIAL_CARE, "teacher", "Education", "Education", 3, 0, 0),
    SCHOOL_REPORT(Disposition.WITHHOLD, Reason.THIRD_PARTY_SOURCE, "teacher", "Education", "Education", 3, 0, 0),
    FAMILY_LETTER(Disposition.REVIEW, Reason.NON_PROFESSIONAL, "writer", "Correspondence", "Correspondence", 3, 0, 0),
    HEALTH_LETTER(Disposition.WITHHOLD, Reason.THIRD_PARTY_SOURCE, "gp", "Health", "Health", 4, 0, 0),
    POLICE_REPORT(Disposition.WITHHOLD, Reason.THIRD_PARTY_SOURCE, "police", "Police", "Police", 3, 0, 0),
    PSYCHOLOGY_REPORT(Disposition.WITHHOLD, Reason.THIRD_PARTY_SOURCE, "psych", "Report", "Reports", 2, 0.1, 0),
    INDEPENDENT_SOCIAL_WORKER_REPORT(
            Disposition.WITHHOLD, Reason.THIRD_PARTY_SOURCE, "isw", "Report", "Reports", 1, 0, 0),
    COURT_STATEMENT(Disposition.WITHHOLD, Reason.COURT, "sw", "Legal", "Legal", 2, 0.4, 0),
    COURT_APPLICATION(Disposition.WITHHOLD, Reason.COURT, "sw", "Legal", "Legal", 2, 0, 0),
    FINANCE(Disposition.WITHHOLD, Reason.FINANCIAL, "tm", "Finance", "Finance", 4, 0, 0),
    PLACEMENT_INFORMATION_RECORD(Disposition.WITHHOLD, Reason.ADMIN, "sw", "Placement", "Placement", 3, 0, 0),
    CASE_TRANSFER(Disposition.WITHHOLD, Reason.ADMIN, "tm", "Transfer", "Admin", 2, 0, 0);

    private final Disposition disposition;
    private final Reason reason;
    private final String authorRole;
    private final String type;
    private final String folder;
    private final int weight;
    private final double longChance;
    private final int entryStepDays;

    DocumentKind(
            Disposition disposition,
            Reason reason,
            String authorRole,
            String type,
            String folder,
            int weight,
            double longChance,
            int entryStepDays) {
        this.disposition = disposition;
        this.reason = reason;
        this.authorRole = authorRole;
        this.type = type;
        this.folder = folder;
        this.weight = weight;
        this.longChance = longChance;
        this.entryStepDays = entryStepDays;
    }

    /** The template id used in the answer key, e.g. {@code case-note}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Disposition disposition() {
        return disposition;
    }

    Reason reason() {
        return reason;
    }

    String authorRole() {
        return authorRole;
    }

    /** The record system's document type, as documents.json gives it when it is honest. */
    String type() {
        return type;
    }

    String folder() {
        return folder;
    }

    int weight() {
        return weight;
    }

    /** Chance that a document of this kind is long (10 to 30 pages). */
    double longChance() {
        return longChance;
    }

    /** Days between dated entries ({@code edate}); 0 keeps one date for the whole document. */
    int entryStepDays() {
        return entryStepDays;
    }
}
