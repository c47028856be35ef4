package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CCTV footage is overwritten 30 days after recording (rules.md §1, §3). A personal CCTV SAR runs on
 * the SAR clock; when the footage would be lost on or before the SAR due date, the officer is warned.
 */
public final class CctvClock {

    static final int DAYS_KEPT = 30;

    private final SarClock sarClock;

    public CctvClock(SarClock sarClock) {
        this.sarClock = Objects.requireNonNull(sarClock, "sarClock");
    }

    /** The footage deadline alone, when no request has been received yet. */
    public CctvDeadline deadline(LocalDate recordedOn) {
        return deadline(recordedOn, Optional.empty());
    }

    public CctvDeadline deadline(LocalDate recordedOn, SarTimeline request) {
        return deadline(recordedOn, Optional.of(request));
    }

    private CctvDeadline deadline(LocalDate recordedOn, Optional<SarTimeline> request) {
        LocalDate overwritten = recordedOn.plusDays(DAYS_KEPT);
        List<String> lines = new ArrayList<>();
        lines.add("footage recorded " + DateText.of(recordedOn) + " is overwritten " + DAYS_KEPT + " days later, on "
                + DateText.of(overwritten));
        List<String> warnings = new ArrayList<>();
        Optional<Deadline> sar = request.map(sarClock::deadline);
        if (sar.isPresent()) {
            lines.addAll(sar.get().explanation());
            LocalDate received = request.orElseThrow().receivedOn();
            Optional<LocalDate> due = sar.get().due();
            if (overwritten.isBefore(received)) {
                warnings.add("the footage was due to be overwritten on " + DateText.of(overwritten)
                        + ", before the request was received on " + DateText.of(received)
                        + ": check at once whether it still exists");
            } else if (due.isEmpty()) {
                warnings.add("the SAR clock is stopped, but the footage is still overwritten on "
                        + DateText.of(overwritten) + ": preserve the footage now");
            } else if (!overwritten.isAfter(due.get())) {
                warnings.add("the footage is overwritten on " + DateText.of(overwritten)
                        + (overwritten.equals(due.get())
                                ? ", the day the SAR is due"
                                : ", before the SAR is due on " + DateText.of(due.get()))
                        + ": preserve the footage now");
            }
        }
        return new CctvDeadline(overwritten, sar, warnings, lines);
    }
}
