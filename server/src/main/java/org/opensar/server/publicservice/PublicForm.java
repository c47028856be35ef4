package org.opensar.server.publicservice;

import static org.opensar.server.publicservice.Question.Kind.CHOICE;
import static org.opensar.server.publicservice.Question.Kind.DATE;
import static org.opensar.server.publicservice.Question.Kind.EMAIL;
import static org.opensar.server.publicservice.Question.Kind.LINES;
import static org.opensar.server.publicservice.Question.Kind.PHONE;
import static org.opensar.server.publicservice.Question.Kind.TEXT;
import static org.opensar.server.publicservice.Question.Kind.TEXTAREA;
import static org.opensar.server.publicservice.Question.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensar.server.casework.RequestType;
import org.opensar.server.publicservice.Question.Option;

/**
 * The public forms, each a list of questions asked one per page, in order. The questions are what the council's
 * guidance asks for (rules.md §1): name and other names, the identifiers the council uses, contact details, what
 * is wanted, dates and search terms, family members already known, and how to receive the answer.
 */
enum PublicForm {
    SAR("ask-for-your-information", "Ask for your personal information", RequestType.SAR),
    CARE_LEAVER("care-leaver", "Ask for your care records", RequestType.CARE_LEAVER_SAR),
    CCTV("cctv-of-you", "Ask for CCTV footage of you", RequestType.PERSONAL_CCTV_SAR),
    ON_BEHALF("for-someone-else", "Ask for someone else's personal information", RequestType.SAR),
    THIRD_PARTY_CCTV("cctv-for-a-claim", "CCTV for an insurance claim or legal case", RequestType.THIRD_PARTY_CCTV),
    FOI("information-not-about-you", "Ask for information that is not about you", RequestType.FOI),
    BREACH("report-a-data-breach", "Report a data breach", RequestType.BREACH_REPORT);

    private final String slug;
    private final String title;
    private final RequestType type;

    PublicForm(String slug, String title, RequestType type) {
        this.slug = slug;
        this.title = title;
        this.type = type;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    RequestType type() {
        return type;
    }

    /** A subject access request: identity evidence and the requester's page follow. */
    public boolean subjectAccess() {
        return type.subjectAccess();
    }

    static Optional<PublicForm> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }

    List<Question> questions() {
        return switch (this) {
            case SAR -> concat(you(), wanted("What information do you want?"), familyNames(), delivery());
            case CARE_LEAVER ->
                concat(
                        you(),
                        List.of(ask("careDates", TEXT, "When were you in care?", null)
                                .hint("Roughly is fine, for example 2004 to 2012. Leave blank if you are not sure.")),
                        wanted("What would you like from your care records?"),
                        familyNames(),
                        delivery());
            case CCTV -> concat(List.of(cctvPurpose()), cctv(), delivery());
            case ON_BEHALF ->
                concat(
                        List.of(
                                ask(
                                                "authority",
                                                CHOICE,
                                                "Why can you ask for their information?",
                                                "Select why you can ask for their information")
                                        .options(
                                                new Option(
                                                        "CONSENT",
                                                        "They have given me their written, signed consent",
                                                        "You will need to send us a copy."),
                                                new Option(
                                                        "POWER_OF_ATTORNEY",
                                                        "I have a lasting power of attorney for them",
                                                        null),
                                                new Option("DEPUTY", "I am their Court of Protection deputy", null),
                                                new Option(
                                                        "PARENT",
                                                        "I am the parent of a child and have parental responsibility",
                                                        "For a child under 13 we also need their full birth"
                                                                + " certificate.")),
                                ask(
                                        "subjectName",
                                        TEXT,
                                        "What is the full name of the person you are asking for?",
                                        "Enter the full name of the person you are asking for"),
                                ask("subjectOtherNames", LINES, "Have they been known by any other names?", null)
                                        .hint("One name per line. Leave blank if none."),
                                ask(
                                        "subjectDateOfBirth",
                                        DATE,
                                        "What is their date of birth?",
                                        "Enter their date of birth")),
                        identifiers(),
                        contact("What is your full name?"),
                        wanted("What information do you want about them?"),
                        delivery());
            case THIRD_PARTY_CCTV ->
                List.of(
                        ask(
                                        "role",
                                        CHOICE,
                                        "Who are you?",
                                        "Select whether you are an insurer, a legal representative or the person"
                                                + " involved")
                                .options(
                                        new Option("INSURER", "An insurance company", null),
                                        new Option("SOLICITOR", "A solicitor or other legal representative", null),
                                        new Option(
                                                "PERSON",
                                                "The person involved in the accident or incident",
                                                "Your insurer or legal representative must ask for the footage.")),
                        ask("organisation", TEXT, "What is the name of your organisation?", "Enter your organisation")
                                .when(a -> !"PERSON".equals(a.get("role"))),
                        ask("fullName", TEXT, "What is your full name?", "Enter your full name")
                                .when(a -> !"PERSON".equals(a.get("role"))),
                        ask("email", EMAIL, "What is your email address?", "Enter your email address")
                                .when(a -> !"PERSON".equals(a.get("role"))),
                        ask("incidentDate", DATE, "When did the incident happen?", "Enter the date of the incident")
                                .when(a -> !"PERSON".equals(a.get("role"))),
                        ask("place", TEXTAREA, "Where did it happen?", "Enter where it happened")
                                .when(a -> !"PERSON".equals(a.get("role"))),
                        ask("whatHappened", TEXTAREA, "What happened?", "Describe what happened")
                                .hint("For example a road traffic accident, a theft or damage to a vehicle.")
                                .when(a -> !"PERSON".equals(a.get("role"))));
            case FOI ->
                List.of(
                        ask("fullName", TEXT, "What is your name?", "Enter your name"),
                        ask("email", EMAIL, "What is your email address?", "Enter your email address")
                                .hint("We will send our answer here."),
                        ask("wanted", TEXTAREA, "What information do you want?", "Describe the information you want")
                                .hint("Information the council holds that is not about you, for example spending,"
                                        + " policies or decisions. We answer within 20 working days."));
            case BREACH ->
                List.of(
                        ask("fullName", TEXT, "What is your name?", "Enter your name"),
                        ask("email", EMAIL, "What is your email address?", "Enter your email address"),
                        ask("phone", PHONE, "What is your telephone number?", null)
                                .hint("Optional. We may call you to ask about what happened."),
                        ask("whatHappened", TEXTAREA, "What happened?", "Describe what happened")
                                .hint("For example a letter sent to the wrong address, a lost laptop or an email"
                                        + " with the wrong attachment."),
                        ask("whenHappened", TEXT, "When did it happen?", null)
                                .hint("Roughly is fine. Leave blank if you do not know."),
                        ask("whoAffected", TEXTAREA, "Whose information was involved?", null)
                                .hint("Optional. For example your own, or your neighbours'."));
        };
    }

    /** The questions that apply, given the answers so far. */
    List<Question> shown(Map<String, String> answers) {
        return questions().stream().filter(q -> q.shown(answers)).toList();
    }

    Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    private static Question cctvPurpose() {
        return ask("purpose", CHOICE, "What do you need the footage for?", "Select what you need the footage for")
                .options(
                        new Option("SELF", "To see footage of me", "For example to see how you were treated."),
                        new Option(
                                "CLAIM",
                                "For a road traffic accident, an insurance claim, a theft or damage",
                                "This is not a subject access request: your insurer or legal representative asks"
                                        + " for it."));
    }

    private static List<Question> cctv() {
        return concat(
                List.of(
                        ask("footageDate", DATE, "On what day were you filmed?", "Enter the day you were filmed")
                                .hint("For example 27 3 2026. Footage is kept for 30 days, then overwritten."),
                        ask("footageTime", TEXT, "At what time?", "Enter the time you were there")
                                .hint("For example about 2:30pm, or between 2pm and 3pm."),
                        ask("place", TEXTAREA, "Where were you?", "Enter where you were")
                                .hint("The street, building or camera, as exactly as you can."),
                        ask("description", TEXTAREA, "How can we recognise you?", "Describe how we can recognise you")
                                .hint("For example what you were wearing, what you were carrying and who you were"
                                        + " with.")),
                contact("What is your full name?"),
                List.of(ask("dateOfBirth", DATE, "What is your date of birth?", "Enter your date of birth")));
    }

    private static List<Question> you() {
        return concat(
                List.of(
                        ask("fullName", TEXT, "What is your full name?", "Enter your full name"),
                        ask("otherNames", LINES, "Have you been known by any other names?", null)
                                .hint("For example a name before you married or were adopted. One name per line."
                                        + " Leave blank if none."),
                        ask("dateOfBirth", DATE, "What is your date of birth?", "Enter your date of birth")
                                .hint("For example 27 3 1990")),
                identifiers(),
                contact(null));
    }

    private static List<Question> identifiers() {
        return List.of(ask("identifiers", LINES, "Do you have any reference numbers from the council?", null)
                .hint("For example a council tax account number, a social care case number or an employee number."
                        + " One per line. Leave blank if you do not know."));
    }

    /** Contact details; with a heading, the name is asked too. */
    private static List<Question> contact(String nameHeading) {
        List<Question> questions = new ArrayList<>();
        if (nameHeading != null) {
            questions.add(ask("fullName", TEXT, nameHeading, "Enter your full name"));
        }
        questions.add(ask("email", EMAIL, "What is your email address?", "Enter your email address")
                .hint("We will send your reference and updates here, and codes to see your request."));
        questions.add(ask("phone", PHONE, "What is your telephone number?", null)
                .hint("Optional. We may call you to give you the password to open your information."));
        questions.add(ask("address", TEXTAREA, "What is your postal address?", "Enter your postal address"));
        return questions;
    }

    private static List<Question> wanted(String heading) {
        return List.of(
                ask("wanted", TEXTAREA, heading, "Describe the information you want")
                        .hint("Be as specific as you can. Asking for everything we hold could delay your request"
                                + " while we ask you for more detail."),
                ask("dates", TEXT, "Which dates or periods is it about?", null)
                        .hint("For example March 2019 to June 2020. Leave blank if you are not sure."),
                ask("searchTerms", LINES, "Are there any words or names that would help us find it?", null)
                        .hint("For example a service, a school, a street or a worker's name. One per line."));
    }

    private static List<Question> familyNames() {
        return List.of(ask("familyNames", LINES, "Which of your family members' names do you already know?", null)
                .hint("Records often mention parents, brothers, sisters and carers. We block out names you have"
                        + " not told us, so write the names you already know, one per line."));
    }

    private static List<Question> delivery() {
        return List.of(ask(
                        "delivery",
                        CHOICE,
                        "How would you like to receive your information?",
                        "Select how you would like to receive your information")
                .options(
                        new Option(
                                "ELECTRONIC",
                                "Electronically, as an encrypted file",
                                "We give you the password separately, by phone or by email if you ask."),
                        new Option(
                                "POST",
                                "By recorded delivery post",
                                "Only in exceptional circumstances, as post can be lost or opened by someone"
                                        + " else.")));
    }

    @SafeVarargs
    private static List<Question> concat(List<Question>... parts) {
        List<Question> all = new ArrayList<>();
        for (List<Question> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
