package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilTaxYearTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-04-01, 2026/27",
        "2026-08-20, 2026/27",
        "2027-03-31, 2026/27",
        "2026-03-31, 2025/26",
        "2026-01-01, 2025/26",
        "2000-03-31, 1999/00",
        "2099-12-31, 2099/00",
    })
    void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch(LocalDate date, String year) {
        assertThat(CouncilTaxYear.containing(date)).hasToString(year);
    }
}
