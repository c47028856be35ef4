package org.opensar.server.notify;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestChanged;
import org.opensar.server.casework.RequestType;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.council.CouncilDetails;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.identity.Requirement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the requester by email when their request moves: received (with the due date), identity or authority
 * needed, a question to answer, an extension with its reasons, the response ready (with how to open the package
 * released, from {@link PackageInstructions}); a care leaver is told who can help them. Only after the change is
 * committed, and only when the requester gave an email address.
 */
@Component
class RequestEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

    private final Casework casework;
    private final IdentityVerification identity;
    private final Emails emails;
    private final ObjectProvider<PackageInstructions> packages;
    private final CouncilSettings council;

    RequestEmails(
            Casework casework,
            IdentityVerification identity,
            Emails emails,
            ObjectProvider<PackageInstructions> packages,
            CouncilSettings council) {
        this.council = council;
        this.casework = casework;
        this.identity = identity;
        this.emails = emails;
        this.packages = packages;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RequestChanged change) {
        EmailKind kind = switch (change.what()) {
            case RECEIVED -> EmailKind.ACKNOWLEDGEMENT;
            case REQUEST_IDENTITY -> EmailKind.IDENTITY_NEEDED;
            case REQUEST_CLARIFICATION -> EmailKind.CLARIFICATION_NEEDED;
            case NOTIFY_EXTENSION -> EmailKind.EXTENSION_NOTICE;
            case APPROVE_AND_RESPOND, RELEASE -> EmailKind.RESPONSE_READY;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        InformationRequest request = casework.get(change.reference());
        String to = request.requester().email();
        if (to == null || to.isBlank()) {
            return;
        }
        emails.send(kind, to, request.reference().value(), values(request, kind, change.reason()));
    }

    private Map<String, String> values(InformationRequest request, EmailKind kind, String reason) {
        RequestDeadline deadline = casework.deadline(request);
        Map<String, String> values = new HashMap<>();
        values.put("name", request.requester().name());
        values.put("reference", request.reference().value());
        values.put("request_type", request.type().label().toLowerCase(Locale.UK));
        values.put("received_on", DAY.format(request.receivedOn()));
        values.put("due_date", deadline.due() == null ? "" : DAY.format(deadline.due()));
        values.put("due_line", dueLine(request, deadline));
        values.put("requester_page_url", emails.requesterPageUrl());
        values.put("reason", reason == null ? "" : reason);
        values.put("question", reason == null ? "" : reason);
        values.put("support", request.type() == RequestType.CARE_LEAVER_SAR ? leavingCareSupport() : "");
        if (kind == EmailKind.RESPONSE_READY) {
            values.put(
                    "how_to_open",
                    packages.orderedStream()
                            .flatMap(p -> p.howToOpen(request.reference()).stream())
                            .findFirst()
                            .orElse(""));
        }
        if (kind == EmailKind.IDENTITY_NEEDED) {
            values.put(
                    "still_needed",
                    identity.file(request.reference()).assessment().stillNeeded().stream()
                            .map(Requirement::label)
                            .map(line -> "- " + line)
                            .collect(Collectors.joining("\n")));
        }
        return values;
    }

    /** For a care leaver: who can help them read their records. */
    private String leavingCareSupport() {
        CouncilDetails details = council.current();
        return "Reading your records can bring back hard memories. The leaving care team can help you: email "
                + details.leavingCareEmail() + " or call " + details.leavingCarePhone() + ".";
    }

    private static String dueLine(InformationRequest request, RequestDeadline deadline) {
        if (deadline.dueAt() != null) {
            return "We must decide by "
                    + TIME.format(deadline.dueAt().atZoneSameInstant(java.time.ZoneId.of("Europe/London")))
                    + " whether to report it to the Information Commissioner's Office.";
        }
        if (deadline.due() == null) {
            return "This request follows a separate process; that team will contact you.";
        }
        String line = "We will answer by " + DAY.format(deadline.due()) + ".";
        if (request.type().subjectAccess() && request.identityReceivedOn() == null) {
            line += " We need proof of your identity first: the time starts from the day we have it.";
        }
        return line;
    }
}
