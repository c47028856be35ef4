package org.opensar.server.identity;

import java.time.LocalDate;
import java.time.Month;

/** A council tax year, 1 April to 31 March, named like "2026/27". */
record CouncilTaxYear(int startYear) {

    static CouncilTaxYear containing(LocalDate date) {
        return new CouncilTaxYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    @Override
    public String toString() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
