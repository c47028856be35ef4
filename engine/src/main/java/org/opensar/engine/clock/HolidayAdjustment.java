package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrator's change to the published holidays: a one-off day proclaimed at short notice, or
 * a published day removed. A correction is a removal followed by an addition (or an addition on the
 * same date, which replaces the name).
 */
public sealed interface HolidayAdjustment {

    /** A day that is a holiday although the published data does not say so. */
    record Addition(PublicHoliday holiday) implements HolidayAdjustment {
        public Addition {
            Objects.requireNonNull(holiday, "holiday");
        }
    }

    /** A published day that is not a holiday after all; removing a day that is not there changes nothing. */
    record Removal(LocalDate date, Nation nation) implements HolidayAdjustment {
        public Removal {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(nation, "nation");
        }
    }
}
