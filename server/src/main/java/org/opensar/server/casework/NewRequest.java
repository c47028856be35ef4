package org.opensar.server.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as staff enter it (from a letter, email, phone call or visit) or as a form submits it. When the
 * requester acts for someone else, the data subject's name differs from theirs.
 */
public record NewRequest(
        @NotNull RequestType type,
        @NotNull Channel channel,
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotBlank @Size(max = 200) String requesterName,
        @Email @Size(max = 200) String requesterEmail,
        @Size(max = 50) String requesterPhone,
        @Size(max = 500) String requesterAddress,
        boolean actingForSubject,
        @Size(max = 200) String subjectName,
        @PastOrPresent LocalDate subjectDateOfBirth,
        List<@NotBlank @Size(max = 200) String> aliases,
        List<@NotBlank @Size(max = 100) String> councilIdentifiers,
        @NotBlank @Size(max = 10000) String informationWanted,
        @Size(max = 1000) String relevantDates,
        List<@NotBlank @Size(max = 200) String> searchTerms,
        Delivery delivery,
        @PastOrPresent Instant breachAwareAt,
        @PastOrPresent LocalDate footageRecordedOn) {

    @AssertTrue(message = "give the name of the person you act for")
    boolean isSubjectNamedWhenActingForSomeoneElse() {
        return !actingForSubject || subjectName != null && !subjectName.isBlank();
    }

    @AssertTrue(message = "a breach report needs the date and time the council became aware of the breach")
    boolean isBreachAwarenessGiven() {
        return type != RequestType.BREACH_REPORT || breachAwareAt != null;
    }

    @AssertTrue(message = "a personal CCTV request needs the date the footage was recorded")
    boolean isFootageDateGiven() {
        return type != RequestType.PERSONAL_CCTV_SAR || footageRecordedOn != null;
    }

    /** The data subject's name: the requester's own unless they act for someone else. */
    String effectiveSubjectName() {
        return actingForSubject || subjectName != null && !subjectName.isBlank() ? subjectName : requesterName;
    }
}
