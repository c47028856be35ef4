package org.opensar.server.publicservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.Channel;
import org.opensar.server.casework.Delivery;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.NewRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.staff.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a public form's answers into a request received through casework, by the public form, and keeps the
 * answers as given. A third-party CCTV request is recorded and at once routed to the council's separate process.
 */
@Service
class Submissions {

    static final String THIRD_PARTY_ROUTE =
            "An insurer's or legal representative's request for CCTV is not a subject access request: told to use"
                    + " the council's third-party CCTV request process.";

    private final Casework casework;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Submissions(Casework casework, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.casework = casework;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    InformationRequest submit(PublicForm form, Map<String, String> answers) {
        InformationRequest received = casework.receive(newRequest(form, answers), Actor.PUBLIC_FORM);
        jdbc.sql("insert into public_submission (reference, form, answers) values (:reference, :form, :answers::jsonb)")
                .param("reference", received.reference().value())
                .param("form", form.name())
                .param("answers", json.writeValueAsString(answers))
                .update();
        if (form == PublicForm.THIRD_PARTY_CCTV) {
            return casework.act(
                    received.reference(),
                    new ActionInput(RequestAction.ROUTE_ELSEWHERE, THIRD_PARTY_ROUTE, LocalDate.now(clock)),
                    Actor.PUBLIC_FORM);
        }
        return received;
    }

    InformationRequest get(CaseReference reference) {
        return casework.get(reference);
    }

    RequestDeadline deadline(InformationRequest request) {
        return casework.deadline(request);
    }

    NewRequest newRequest(PublicForm form, Map<String, String> a) {
        LocalDate today = LocalDate.now(clock);
        boolean onBehalf = form == PublicForm.ON_BEHALF;
        return new NewRequest(
                form.type(),
                Channel.WEB,
                today,
                a.get("fullName"),
                blank(a.get("email")),
                blank(a.get("phone")),
                blank(a.get("address")),
                onBehalf,
                onBehalf ? a.get("subjectName") : null,
                date(a.get(onBehalf ? "subjectDateOfBirth" : "dateOfBirth")),
                lines(a.get(onBehalf ? "subjectOtherNames" : "otherNames")),
                lines(a.get("identifiers")),
                informationWanted(form, a),
                blank(form == PublicForm.CARE_LEAVER ? join(a.get("careDates"), a.get("dates")) : a.get("dates")),
                lines(a.get("searchTerms")),
                "POST".equals(a.get("delivery")) ? Delivery.POST : Delivery.ELECTRONIC,
                form == PublicForm.BREACH ? clock.instant() : null,
                form == PublicForm.CCTV ? date(a.get("footageDate")) : null);
    }

    /** What is wanted, in the requester's words, with the details that have no field of their own. */
    private static String informationWanted(PublicForm form, Map<String, String> a) {
        return switch (form) {
            case CCTV ->
                "Footage of me on " + a.get("footageDate") + " at " + a.get("footageTime") + ".\nWhere: "
                        + a.get("place") + "\nHow to recognise me: " + a.get("description");
            case THIRD_PARTY_CCTV ->
                a.get("organisation") + " (" + a.get("role").toLowerCase() + ") asks for CCTV of an incident on "
                        + a.get("incidentDate") + ".\nWhere: " + a.get("place") + "\nWhat happened: "
                        + a.get("whatHappened");
            case BREACH ->
                a.get("whatHappened")
                        + (isBlank(a.get("whenHappened")) ? "" : "\nWhen: " + a.get("whenHappened"))
                        + (isBlank(a.get("whoAffected")) ? "" : "\nWhose information: " + a.get("whoAffected"));
            case ON_BEHALF ->
                a.get("wanted") + "\nWhy they may ask: "
                        + form.question("authority").orElseThrow().display(a.get("authority"));
            default ->
                a.get("wanted")
                        + (isBlank(a.get("familyNames"))
                                ? ""
                                : "\nFamily members whose names I already know: "
                                        + String.join(", ", lines(a.get("familyNames"))));
        };
    }

    private static String join(String first, String second) {
        if (isBlank(first)) {
            return second;
        }
        return isBlank(second) ? "In care: " + first : "In care: " + first + "; " + second;
    }

    private static LocalDate date(String text) {
        return isBlank(text) ? null : LocalDate.parse(text);
    }

    private static List<String> lines(String text) {
        return isBlank(text)
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
