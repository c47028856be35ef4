package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkIdentifiersTest {

    private static final Pattern NI =
            Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]");
    private static final Pattern DRAMA_PHONE = Pattern.compile("(\\+44 7700 ?900 ?\\d{3}|07700 ?900 ?\\d{3}"
            + "|(\\(0|0|\\+44 )(11[3-8]|121|131|141|151|161)\\)? 496 ?0\\d{3}"
            + "|(\\(0|0|\\+44 )20\\)? 7946 ?0\\d{3}|(\\(0|0|\\+44 )29\\)? 2018 ?0\\d{3}"
            + "|(\\(0|0|\\+44 )1632\\)? 960\\d{3})");

    @ParameterizedTest
    @CsvSource({
        "943 476 5919, true",
        "9434765919, true",
        "943 476 5910, false",
        "401 023 2137, true",
        "401 023 2138, false",
        "12345, false"
    })
    void checksNhsNumberCheckDigits(String number, boolean valid) {
        assertThat(validNhsNumber(number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 99})
    void everyGeneratedNhsNumberHasAValidCheckDigit(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            assertThat(validNhsNumber(UkIdentifiers.nhsNumber(random))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void niNumbersUseIssuedPrefixes(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            String ni = UkIdentifiers.niNumber(random);
            assertThat(ni).matches(NI);
            assertThat(ni.substring(0, 2)).isNotIn("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void phoneNumbersComeFromTheRangesReservedForDrama(boolean mobile) {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            assertThat(UkIdentifiers.phone(random, mobile)).matches(DRAMA_PHONE);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void postcodesVehiclesAndBankDetailsHaveRealFormats(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            assertThat(UkIdentifiers.postcode(random, "CV")).matches("CV\\d{1,2} \\d[A-Z]{2}");
            assertThat(UkIdentifiers.vehicleRegistration(random)).matches("[A-Z]{2}\\d{2} [A-Z]{3}");
            assertThat(UkIdentifiers.sortCode(random)).matches("\\d{2}-\\d{2}-\\d{2}");
            assertThat(UkIdentifiers.accountNumber(random)).matches("\\d{8}");
        }
    }

    /** True when a ten-digit NHS number (spaces allowed) carries a valid modulus 11 check digit. */
    static boolean validNhsNumber(String text) {
        String digits = text.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check != 10 && (check == 11 ? 0 : check) == digits.charAt(9) - '0';
    }
}
