package org.opensar.engine.detect;

import java.util.List;
import org.opensar.engine.casefile.CaseDescription;

/**
 * The recognizers for one case, one per kind of personal data, in the order that breaks ties between overlapping
 * results of equal score (see {@link OverlapResolver}).
 */
final class RecognizerRegistry {

    private final List<PersonalDataRecognizer> recognizers;

    private RecognizerRegistry(List<PersonalDataRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    static RecognizerRegistry forCase(CaseDescription description) {
        return new RecognizerRegistry(List.of(
                new PeopleRegisterRecognizer(description),
                new EmailRecognizer(),
                new UkPhoneRecognizer(),
                new NhsNumberRecognizer(),
                new NinoRecognizer(),
                new UkPostcodeRecognizer(),
                new AddressRecognizer(),
                new DateOfBirthRecognizer(),
                new BankDetailsRecognizer(),
                new VehicleRegistrationRecognizer(),
                new PersonNameRecognizer(),
                new SensitiveSentenceRecognizer(description)));
    }

    List<PersonalDataRecognizer> recognizers() {
        return recognizers;
    }

    List<String> names() {
        return recognizers.stream().map(PersonalDataRecognizer::name).toList();
    }
}
