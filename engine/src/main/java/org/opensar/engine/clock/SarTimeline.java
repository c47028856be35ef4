package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of one subject access request that the clock depends on. Start with {@link #receivedOn}
 * and add the rest with the {@code with...} methods; every instance is immutable.
 *
 * @param receivedOn the day the council received the request
 * @param identityReceivedOn the day identity evidence the council asked for arrived
 * @param authorityReceivedOn the day evidence of authority to act for someone else arrived
 * @param feeReceivedOn the day a fee (where one is allowed) arrived
 * @param clarifications the clarifications asked for, in any order
 * @param extended whether the time is extended by two further months (complex, or several requests)
 * @param nation whose public holidays move the due date
 */
public record SarTimeline(
        LocalDate receivedOn,
        Optional<LocalDate> identityReceivedOn,
        Optional<LocalDate> authorityReceivedOn,
        Optional<LocalDate> feeReceivedOn,
        List<Clarification> clarifications,
        boolean extended,
        Nation nation) {

    public SarTimeline {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(nation, "nation");
        notBeforeReceipt(identityReceivedOn, "identity evidence received", receivedOn);
        notBeforeReceipt(authorityReceivedOn, "evidence of authority received", receivedOn);
        notBeforeReceipt(feeReceivedOn, "fee received", receivedOn);
        clarifications = List.copyOf(clarifications);
        for (Clarification clarification : clarifications) {
            notBeforeReceipt(Optional.of(clarification.askedOn()), "clarification asked", receivedOn);
        }
    }

    public static SarTimeline receivedOn(LocalDate receivedOn, Nation nation) {
        return new SarTimeline(
                receivedOn, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false, nation);
    }

    public SarTimeline withIdentityReceivedOn(LocalDate date) {
        return new SarTimeline(
                receivedOn, Optional.of(date), authorityReceivedOn, feeReceivedOn, clarifications, extended, nation);
    }

    public SarTimeline withAuthorityReceivedOn(LocalDate date) {
        return new SarTimeline(
                receivedOn, identityReceivedOn, Optional.of(date), feeReceivedOn, clarifications, extended, nation);
    }

    public SarTimeline withFeeReceivedOn(LocalDate date) {
        return new SarTimeline(
                receivedOn,
                identityReceivedOn,
                authorityReceivedOn,
                Optional.of(date),
                clarifications,
                extended,
                nation);
    }

    public SarTimeline withClarification(Clarification clarification) {
        List<Clarification> more = new ArrayList<>(clarifications);
        more.add(clarification);
        return new SarTimeline(
                receivedOn, identityReceivedOn, authorityReceivedOn, feeReceivedOn, more, extended, nation);
    }

    public SarTimeline withExtension() {
        return new SarTimeline(
                receivedOn, identityReceivedOn, authorityReceivedOn, feeReceivedOn, clarifications, true, nation);
    }

    static void notBeforeReceipt(Optional<LocalDate> date, String what, LocalDate receivedOn) {
        Objects.requireNonNull(date, what);
        date.ifPresent(d -> {
            if (d.isBefore(receivedOn)) {
                throw new IllegalArgumentException(
                        what + " " + d + " is before the request was received on " + receivedOn);
            }
        });
    }
}
