package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.KeptCopy;

class CopyResolutionTest {

    private static final String MESSAGE = "2017/Leaving Care/contact log 6.eml";
    private static final String PRINTOUT = "2017/Uploads/contact log 6 copy 23.pdf";
    private static final String LATER_PRINTOUT = "2019/Uploads/contact log 6.pdf";

    private static CopyTraits dated(long at) {
        return new CopyTraits(at, false, 400, null, List.of(), null, List.of());
    }

    private static long dayOf(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static String kept(Map<String, CopyTraits> traits) {
        List<String> files = List.copyOf(traits.keySet());
        CopyComparison same = new CopyComparison(400, 400, 400, List.of(), List.of());
        List<CopyRelation> relations = List.of(
                new CopyRelation(files.get(0), files.get(1), CopyRelation.Kind.SAME, same),
                new CopyRelation(files.get(1), files.get(2), CopyRelation.Kind.SAME, same));
        Map<String, Disposition> decisions = Map.of(
                MESSAGE, Disposition.DISCLOSE, PRINTOUT, Disposition.DISCLOSE, LATER_PRINTOUT, Disposition.DISCLOSE);
        List<CopyResolution.Removal> removals =
                CopyResolution.resolve(relations, traits, decisions, KeptCopy.EARLIEST_ORIGINAL);
        assertThat(removals).hasSize(2);
        return removals.get(0).shownIn();
    }

    @Test
    void aRecordDatedByItsDayAloneIsNotEarlierThanAMessageSentThatDay() {
        long sent = ZonedDateTime.of(2017, 1, 2, 13, 37, 0, 0, ZoneOffset.UTC).toEpochSecond();

        String kept = kept(Map.of(
                PRINTOUT, dated(dayOf("2017-01-02")),
                MESSAGE, dated(sent),
                LATER_PRINTOUT, dated(dayOf("2019-03-07"))));

        assertThat(kept).as("the one not named as a copy, of the two that day").isEqualTo(MESSAGE);
    }

    @Test
    void theEarlierDayIsKept() {
        String kept = kept(Map.of(
                MESSAGE, dated(dayOf("2017-01-03")),
                PRINTOUT, dated(dayOf("2017-01-02")),
                LATER_PRINTOUT, dated(dayOf("2019-03-07"))));

        assertThat(kept).isEqualTo(PRINTOUT);
    }
}
