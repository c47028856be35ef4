package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        List<PersonalDataRecognizer> recognizers = new ArrayList<>();
        recognizers.add(new PeopleRegisterRecognizer(description));
        recognizers.addAll(general(NameWords.ofSubject(description)));
        return new RecognizerRegistry(recognizers);
    }

    /** Without a case description nobody is known: every name found is a third party's. */
    static RecognizerRegistry withoutCase() {
        return new RecognizerRegistry(general(Set.of()));
    }

    private static List<PersonalDataRecognizer> general(Set<String> subjectWords) {
        return List.of(
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
                new SensitiveSentenceRecognizer(subjectWords));
    }

    List<PersonalDataRecognizer> recognizers() {
        return recognizers;
    }

    List<String> names() {
        return recognizers.stream().map(PersonalDataRecognizer::name).toList();
    }
}
