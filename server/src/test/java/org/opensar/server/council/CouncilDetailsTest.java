package org.opensar.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.render.CoveringLetter;

/** How the council's details are checked field by field, with the GOV.UK messages, and how the letter uses them. */
class CouncilDetailsTest {

    static final CouncilDetails TESTSHIRE = new CouncilDetails(
            "Testshire County Council",
            "ig@testshire.example",
            "01632 960 321",
            "Information Governance\nCounty Hall\nTestford",
            "leaving.care@testshire.example",
            "07700 900 654",
            "Pat Signer",
            "Data Protection Officer");

    @Test
    void aCouncilsOwnDetailsHaveNoProblem() {
        assertThat(CouncilSettings.problems(TESTSHIRE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}'': {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "councilName      |                                  | Enter the council's name",
                "councilName      | Example Council                  | Enter your council's name, not the example council's",
                "councilName      | example   council                | Enter your council's name, not the example council's",
                "igEmail          |                                  | Enter the information governance team's email address",
                "igEmail          | ig.testshire.example             | Enter the information governance team's email address in the correct format, like name@example.com",
                "igEmail          | ig@testshire                     | Enter the information governance team's email address in the correct format, like name@example.com",
                "igEmail          | Information.Governance@council.example | Enter your information governance team's email address, not the example council's",
                "igPhone          | call us                          | Enter the information governance team's telephone number, like 01632 960 001 or 07700 900 982",
                "igPhone          | 01632                            | Enter the information governance team's telephone number, like 01632 960 001 or 07700 900 982",
                "igPhone          | 01632960000                      | Enter your information governance team's telephone number, not the example council's",
                "igAddress        |                                  | Enter the information governance team's postal address",
                "leavingCareEmail | leaving.care@council.example     | Enter your leaving care team's email address, not the example council's",
                "leavingCareEmail | leaving care at testshire        | Enter the leaving care team's email address in the correct format, like name@example.com",
                "leavingCarePhone |                                  | Enter the leaving care team's telephone number",
                "leavingCarePhone | 01632 960001                     | Enter your leaving care team's telephone number, not the example council's",
                "signerName       | Alex Example                     | Enter the name of your council's signer, not the example council's",
                "signerRole       |                                  | Enter the role of the person who signs the letter",
            })
    void eachFieldSaysWhatIsWrong(String field, String value, String message) {
        CouncilDetails details = with(field, value == null ? "" : value);

        assertThat(CouncilSettings.problems(details).entrySet()).singleElement().satisfies(problem -> {
            assertThat(problem.getKey().id()).isEqualTo(field);
            assertThat(problem.getValue()).isEqualTo(message);
        });
    }

    @Test
    void theExampleCouncilsRoleMayStayForItIsARealRole() {
        assertThat(CouncilSettings.problems(with("signerRole", CouncilDetails.EXAMPLE.signerRole())))
                .isEmpty();
    }

    @Test
    void aLongValueIsRefusedWithItsLimit() {
        assertThat(CouncilSettings.problems(with("councilName", "x".repeat(121))))
                .containsValue("The council's name must be 120 characters or fewer");
    }

    @Test
    void theExampleCouncilHasAProblemInEveryFieldButTheRoleInTheOrderOfTheForm() {
        assertThat(CouncilSettings.problems(CouncilDetails.EXAMPLE).keySet())
                .extracting(CouncilField::id)
                .containsExactly(
                        "councilName",
                        "igEmail",
                        "igPhone",
                        "igAddress",
                        "leavingCareEmail",
                        "leavingCarePhone",
                        "signerName");
    }

    @Test
    void theLetterCarriesTheCouncilsNameContactsAndSignature() {
        CoveringLetter letter = TESTSHIRE.letter(CoveringLetter.defaults());

        assertThat(letter.council()).isEqualTo("Testshire County Council");
        assertThat(letter.contact())
                .isEqualTo("Information Governance Team, Testshire County Council: Information Governance, County Hall,"
                        + " Testford. Telephone 01632 960 321. Email ig@testshire.example. Leaving care duty team:"
                        + " telephone 07700 900 654, email leaving.care@testshire.example.");
        assertThat(letter.signature()).isEqualTo(new CoveringLetter.Signature("Pat Signer", "Data Protection Officer"));
        assertThat(letter.rights()).isEqualTo(CoveringLetter.defaults().rights());
    }

    @Test
    void theLeavingCareSettingsReplaceTheExamplesContactsOnlyWhereGiven() {
        CouncilDetails seeded = CouncilDetails.EXAMPLE.withLeavingCare("duty@testshire.example", " ");

        assertThat(seeded.leavingCareEmail()).isEqualTo("duty@testshire.example");
        assertThat(seeded.leavingCarePhone()).isEqualTo(CouncilDetails.EXAMPLE.leavingCarePhone());
        assertThat(seeded.councilName()).isEqualTo("Example Council");
    }

    private static CouncilDetails with(String field, String value) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "councilName", TESTSHIRE.councilName(),
                "igEmail", TESTSHIRE.igEmail(),
                "igPhone", TESTSHIRE.igPhone(),
                "igAddress", TESTSHIRE.igAddress(),
                "leavingCareEmail", TESTSHIRE.leavingCareEmail(),
                "leavingCarePhone", TESTSHIRE.leavingCarePhone(),
                "signerName", TESTSHIRE.signerName(),
                "signerRole", TESTSHIRE.signerRole()));
        values.put(field, value);
        return new CouncilDetails(
                values.get("councilName"),
                values.get("igEmail"),
                values.get("igPhone"),
                values.get("igAddress"),
                values.get("leavingCareEmail"),
                values.get("leavingCarePhone"),
                values.get("signerName"),
                values.get("signerRole"));
    }
}
