package org.opensar.engine.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.detect.PeopleFinder;

/** Building a case's register from case.json, the staff directory and what the documents say of people. */
class RegisterBuilderTest {

    private static final CaseDescription ONLY_THE_REQUEST = new CaseDescription(
            "CL-1",
            new DataSubject("Ayesha Mistry", List.of(), null),
            List.of(new Person("Will Mistry", List.of(), "brother", PersonCategory.FAMILY)),
            List.of("Will Mistry"));

    private final PeopleFinder finder = new PeopleFinder();

    private DocumentSightings document(String file, String text) {
        return new DocumentSightings(file, finder.find(text));
    }

    private PeopleRegister build(List<StaffMember> staff, DocumentSightings... documents) {
        return RegisterBuilder.build(ONLY_THE_REQUEST, staff, List.of(documents));
    }

    private RegisteredPerson person(PeopleRegister register, String name) {
        return register.people().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + register.people()));
    }

    @Test
    void takesCaseJsonAsConfirmedAndTheDocumentsAsProposed() {
        PeopleRegister register = build(
                List.of(),
                document("a.txt", "Also present: Amrit Khan (allocated social worker); Priya Mistry (Mum)."),
                document("b.txt", "Will Mistry (brother) came. Ayesha Mistry (subject) was there."));
        assertThat(person(register, "Will Mistry"))
                .satisfies(p -> assertThat(p.confirmed()).isTrue())
                .satisfies(p -> assertThat(p.knownToRequester()).isTrue())
                .satisfies(p -> assertThat(p.source()).isEqualTo(RegisterSource.CASE_JSON))
                .satisfies(p -> assertThat(p.mentions()).isEqualTo(1));
        assertThat(person(register, "Amrit Khan"))
                .satisfies(p -> assertThat(p.category()).isEqualTo(PersonCategory.COUNCIL_STAFF))
                .satisfies(p -> assertThat(p.relationship()).isEqualTo("social worker"))
                .satisfies(p -> assertThat(p.confirmed()).isFalse())
                .satisfies(p -> assertThat(p.evidence()).anyMatch(e -> e.startsWith("a.txt: ")));
        assertThat(person(register, "Priya Mistry").category()).isEqualTo(PersonCategory.FAMILY);
        assertThat(register.people()).noneMatch(p -> p.name().contains("Ayesha"));
    }

    @Test
    void aRelationshipAgainstAJobSaidAsOftenIsTheReadingThatRedacts() {
        PeopleRegister register = build(
                List.of(),
                document("a.txt", "Amrit Khan (social worker) visited."),
                document("b.txt", "Her uncle, Amrit Khan, came too."));
        assertThat(person(register, "Amrit Khan"))
                .satisfies(p -> assertThat(p.category()).isEqualTo(PersonCategory.FAMILY))
                .satisfies(p -> assertThat(p.evidence().get(0)).startsWith("the documents disagree"));
    }

    @Test
    void aRelationshipSaidOnceAgainstAJobSaidOftenIsASlip() {
        DocumentSightings[] documents = new DocumentSightings[6];
        for (int i = 0; i < 5; i++) {
            documents[i] = document("n" + i + ".txt", "Amrit Khan (social worker) visited.");
        }
        documents[5] = document("x.txt", "Her uncle, Amrit Khan, came too.");
        assertThat(person(build(List.of(), documents), "Amrit Khan").category())
                .isEqualTo(PersonCategory.COUNCIL_STAFF);
    }

    @Test
    void theStaffDirectoryMakesSomeoneTheDocumentsNameStaff() {
        PeopleRegister register = build(
                List.of(new StaffMember("Yewande Asante", "Team Manager", "")),
                document("a.txt", "Yewande Asante approved the plan."),
                document("b.txt", "Yewande Asante approved the grant."));
        assertThat(person(register, "Yewande Asante"))
                .satisfies(p -> assertThat(p.category()).isEqualTo(PersonCategory.COUNCIL_STAFF))
                .satisfies(p -> assertThat(p.source()).isEqualTo(RegisterSource.STAFF_DIRECTORY))
                .satisfies(p -> assertThat(p.relationship()).isEqualTo("Team Manager"));
    }

    @Test
    void aTitledSurnameJoinsTheOnePersonItFits() {
        PeopleRegister register = build(
                List.of(),
                document("a.txt", "From: Jia Hui Wang <jiahui.wang@police.uk>"),
                document("b.txt", "Ayesha's friend, Xiu Ying Wang, was there."),
                document("c.txt", "Initiating officer: PC Wang"));
        assertThat(person(register, "Jia Hui Wang").aliases()).containsExactly("PC Wang");
        assertThat(person(register, "Xiu Ying Wang").aliases()).isEmpty();
    }

    @Test
    void aNameSaidOnceWithNothingAboutThemIsNoPersonOfTheRegister() {
        PeopleRegister register = build(List.of(), document("a.txt", "Keira Jones came."));
        assertThat(register.people()).extracting(RegisteredPerson::name).containsExactly("Will Mistry");
    }

    @Test
    void describesTheCaseForDetectionWithEveryoneKnownToTheRequester() {
        PeopleRegister register = build(List.of(), document("a.txt", "Also present: Priya Mistry (Mum)."));
        RegisteredPerson mother = person(register, "Priya Mistry");
        PeopleRegister changed = new PeopleRegister(List.of(register.people().get(0), mother.knownToRequester(true)));
        assertThat(changed.describe(ONLY_THE_REQUEST).knownToRequester())
                .containsExactly("Will Mistry", "Priya Mistry");
        assertThat(changed.describe(ONLY_THE_REQUEST).people())
                .extracting(Person::name)
                .containsExactly("Will Mistry", "Priya Mistry");
    }

    @Test
    void anOfficersChangesKeepTheEvidenceAndConfirm() {
        RegisteredPerson found = new RegisteredPerson(
                "Amrit Khan",
                List.of(),
                "social worker",
                PersonCategory.COUNCIL_STAFF,
                false,
                RegisterSource.DOCUMENTS,
                false,
                List.of("a.txt"),
                4);
        RegisteredPerson other = new RegisteredPerson(
                "A Khan",
                List.of("Mr Khan"),
                "",
                PersonCategory.OTHER,
                false,
                RegisterSource.DOCUMENTS,
                false,
                List.of("b.txt"),
                2);
        RegisteredPerson merged = found.mergedWith(other);
        assertThat(merged.aliases()).containsExactly("A Khan", "Mr Khan");
        assertThat(merged.mentions()).isEqualTo(6);
        assertThat(merged.confirmed()).isTrue();
        assertThat(merged.without("Mr Khan").aliases()).containsExactly("A Khan");
        assertThat(found.renamed("Amrit Singh Khan").aliases()).containsExactly("Amrit Khan");
        assertThat(found.withCategory(PersonCategory.OTHER).namedInDisclosure()).isFalse();
    }
}
