package org.opensar.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerAcceptanceTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 8, 21);

    @ParameterizedTest(name = "officer \"{0}\", reason \"{1}\" is recorded")
    @CsvSource({
        "A. Officer,     Care leaver known to their personal advisor",
        "'  B. Officer ', '  Identity confirmed in person at the civic centre  '",
    })
    void recordsADecisionWithAReason(String officer, String reason) {
        OfficerAcceptance decision = new OfficerAcceptance(officer, reason, DECIDED);

        assertThat(decision.officer()).isEqualTo(officer.strip());
        assertThat(decision.reason()).isEqualTo(reason.strip());
        assertThat(decision.decidedOn()).isEqualTo(DECIDED);
    }

    @ParameterizedTest(name = "officer \"{0}\", reason \"{1}\" is rejected")
    @CsvSource({
        "A. Officer, '',       reason",
        "A. Officer, '   ',    reason",
        "A. Officer, '\t\n',   reason",
        "'',         Known,    officer",
        "'  ',       Known,    officer",
    })
    void rejectsABlankReasonOrOfficer(String officer, String reason, String field) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficerAcceptance(officer, reason, DECIDED))
                .withMessage(field + " must not be blank");
    }

    @Test
    void rejectsAMissingReasonOrDate() {
        assertThatNullPointerException().isThrownBy(() -> new OfficerAcceptance("A. Officer", null, DECIDED));
        assertThatNullPointerException().isThrownBy(() -> new OfficerAcceptance("A. Officer", "Known", null));
    }
}
