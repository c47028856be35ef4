package org.opensar.engine.tools.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.opensar.engine.casefile.PersonCategory;

/**
 * Invents the people of one case from a seed: a family mostly of one heritage, foster carers, council staff
 * and other professionals. Full names are unique within a case, and no professional shares a surname with
 * the family, so every mark in the answer key belongs to exactly one person.
 */
final class CastFactory {

    private static final List<String> ORDINARY_GIVEN =
            List.of("Hope", "Grace", "Rose", "Faith", "Summer", "Joy", "Will", "Mark", "Bill", "Frank");
    private static final int ORDINARY_GIVEN_FEMALE = 6;
    private static final List<String> ORDINARY_SURNAMES =
            List.of("Young", "Brown", "Green", "White", "Baker", "Hunter", "Hope", "Grace");
    private static final String[][] STAFF = {
        {"sw", "social worker"},
        {"sw2", "previous social worker"},
        {"iro", "independent reviewing officer"},
        {"pa", "personal advisor"},
        {"tm", "team manager"}
    };
    /** Template role, relationship, title, and the e-mail domain of the professional's own organisation. */
    private static final String[][] EXTERNAL = {
        {"gp", "general practitioner", "Dr", "nhs.example.net"},
        {"nurse", "looked after children nurse", "", "nhs.example.net"},
        {"police", "police officer", "PC", "police.example.org"},
        {"teacher", "designated safeguarding lead", "", "school.example.org"},
        {"psych", "clinical psychologist", "Dr", "nhs.example.net"},
        {"isw", "independent social worker", "", "example.com"},
        {"guardian", "children's guardian", "", "guardian.example.org"}
    };

    /** A place in the case: template role, what case.json calls it, and the word the records use. */
    private record Role(String key, String relationship, String word, PersonCategory category) {}

    private final WordLists names = WordLists.load("names.txt");
    private final WordLists places = WordLists.load("places.txt");
    private final List<String> heritages = names.sections();
    private final Random random;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> familySurnames = new HashSet<>();
    private final Map<String, CastMember> members = new LinkedHashMap<>();

    CastFactory(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    Cast create() {
        String family = heritage();
        String council = places.pick("council", random);
        String councilDomain = council.split(" ")[0].toLowerCase(Locale.ROOT) + ".example.gov.uk";
        boolean girl = random.nextBoolean();
        String surname = surname(family);
        LocalDate born = LocalDate.of(1996 + random.nextInt(12), 1, 1).plusDays(random.nextInt(365));
        CastMember subject = person(
                new Role("subject", "data subject", "", PersonCategory.OTHER),
                girl,
                () -> given(family, girl),
                () -> surname,
                false,
                born);
        String mumSurname = random.nextInt(10) < 7 ? surname : surname(family);
        relative("mum", "mother", "Mum", true, family, mumSurname, 0.6, born.minusYears(17 + random.nextInt(18)));
        String dadHeritage = random.nextInt(4) == 0 ? heritage() : family;
        String dadSurname = random.nextInt(10) < 4 ? surname : surname(dadHeritage);
        // the subject may be known by their father's surname: nobody else may carry that alias as their own name
        for (int tries = 0;
                !dadSurname.equals(surname) && usedNames.contains(subject.givenName() + " " + dadSurname);
                tries++) {
            dadSurname = tries < 50 ? surname(dadHeritage) : surname;
        }
        usedNames.add(subject.givenName() + " " + dadSurname);
        relative("dad", "father", "Dad", false, dadHeritage, dadSurname, 0.3, born.minusYears(19 + random.nextInt(20)));
        sibling(family, surname, born);
        boolean halfSister = random.nextBoolean();
        String half = halfSister ? "half-sister" : "half-brother";
        relative("half", half, half, halfSister, dadHeritage, dadSurname, 0, born.plusYears(2 + random.nextInt(5)));
        LocalDate nanBorn = born.minusYears(45 + random.nextInt(20));
        relative("nan", "maternal grandmother", "Nan", true, family, surname(family), 0.2, nanBorn);
        other(new Role("partner", "mother's partner", "Mum's partner", PersonCategory.OTHER), false, 0);
        other(new Role("friend", "friend", "friend", PersonCategory.OTHER), random.nextBoolean(), 0);
        String carerHeritage = heritage();
        Supplier<String> carerSurname = random.nextBoolean()
                ? firstThen(pick(ORDINARY_SURNAMES), () -> surname(carerHeritage))
                : () -> surname(carerHeritage);
        LocalDate carerBorn = born.minusYears(30 + random.nextInt(20));
        Role carerRole = new Role("carer", "foster carer", "foster carer", PersonCategory.CARER);
        CastMember carer = person(
                carerRole, true, () -> given(carerHeritage, true), carerSurname, random.nextInt(10) < 4, carerBorn);
        add(carer);
        Role carer2 = new Role("carer2", "foster carer", "foster carer", PersonCategory.CARER);
        add(person(carer2, false, () -> given(carerHeritage, false), carer::surname, false, carerBorn.plusYears(2)));
        for (String[] staff : STAFF) {
            professional(new Role(staff[0], staff[1], staff[1], PersonCategory.COUNCIL_STAFF), "", councilDomain);
        }
        for (String[] external : EXTERNAL) {
            Role role = new Role(external[0], external[1], external[1], PersonCategory.EXTERNAL_PROFESSIONAL);
            professional(role, external[2], external[3]);
        }
        LocalDate from = born.plusYears(2 + random.nextInt(7)).plusDays(random.nextInt(300));
        LocalDate to = born.plusYears(18 + random.nextInt(3));
        String reference = "CL-" + (100000 + random.nextInt(900000));
        List<String> aliases = dadSurname.equals(surname) ? List.of() : List.of(subject.givenName() + " " + dadSurname);
        return new Cast(reference, council, places.pick("school", random), subject, aliases, members, from, to);
    }

    /** Half the time the sibling has a name that is also a word (Hope, Will...). */
    private void sibling(String family, String surname, LocalDate born) {
        int ordinary = random.nextBoolean() ? random.nextInt(ORDINARY_GIVEN.size()) : -1;
        boolean sister = ordinary >= 0 ? ordinary < ORDINARY_GIVEN_FEMALE : random.nextBoolean();
        String word = sister ? "sister" : "brother";
        Supplier<String> given = ordinary >= 0
                ? firstThen(ORDINARY_GIVEN.get(ordinary), () -> given(family, sister))
                : () -> given(family, sister);
        Role role = new Role("sib", word, word, PersonCategory.FAMILY);
        add(person(
                role, sister, given, () -> surname, random.nextBoolean(), born.plusDays(random.nextInt(2000) - 1000)));
    }

    private void relative(
            String key,
            String relationship,
            String word,
            boolean female,
            String heritage,
            String surname,
            double known,
            LocalDate born) {
        Role role = new Role(key, relationship, word, PersonCategory.FAMILY);
        add(person(role, female, () -> given(heritage, female), () -> surname, random.nextDouble() < known, born));
    }

    private void other(Role role, boolean female, double known) {
        String heritage = heritage();
        LocalDate born = LocalDate.of(1970 + random.nextInt(30), 1, 1).plusDays(random.nextInt(365));
        add(person(
                role,
                female,
                () -> given(heritage, female),
                () -> surname(heritage),
                random.nextDouble() < known,
                born));
    }

    private void professional(Role role, String title, String domain) {
        String heritage = heritage();
        boolean female = random.nextInt(10) < 7;
        CastMember person = person(role, female, () -> given(heritage, female), () -> surname(heritage), false, null);
        String email = ascii(person.givenName() + "." + person.surname()).toLowerCase(Locale.ROOT) + "@" + domain;
        CastMember.Contact work =
                new CastMember.Contact(UkIdentifiers.phone(random, false), email, "", "", "", "", "", "", "", "");
        add(new CastMember(
                role.key(),
                person.givenName(),
                person.surname(),
                title.isEmpty() ? person.title() : title,
                female,
                role.category(),
                role.relationship(),
                role.word(),
                false,
                work,
                null));
    }

    private CastMember person(
            Role role,
            boolean female,
            Supplier<String> given,
            Supplier<String> surname,
            boolean known,
            LocalDate born) {
        boolean family = role.category() == PersonCategory.FAMILY || role.key().equals("subject");
        String first = given.get();
        String last = surname.get();
        for (int tries = 0;
                tries < 200 && (usedNames.contains(first + " " + last) || !family && familySurnames.contains(last));
                tries++) {
            first = given.get();
            last = surname.get();
        }
        usedNames.add(first + " " + last);
        if (family) {
            familySurnames.add(last);
        }
        boolean child = List.of("subject", "sib", "half").contains(role.key());
        String title =
                !female ? "Mr" : child ? "Miss" : List.of("Ms", "Mrs", "Miss").get(random.nextInt(3));
        String local = ascii(first.charAt(0) + last).toLowerCase(Locale.ROOT) + (random.nextInt(90) + 10);
        CastMember.Contact contact = new CastMember.Contact(
                UkIdentifiers.phone(random, random.nextInt(3) > 0),
                local + "@example." + List.of("com", "net", "org").get(random.nextInt(3)),
                (1 + random.nextInt(140)) + " " + places.pick("street-first", random) + " "
                        + places.pick("street-last", random),
                places.pick("town", random),
                UkIdentifiers.postcode(random, places.pick("postcode-area", random)),
                UkIdentifiers.nhsNumber(random),
                UkIdentifiers.niNumber(random),
                UkIdentifiers.vehicleRegistration(random),
                UkIdentifiers.sortCode(random),
                UkIdentifiers.accountNumber(random));
        return new CastMember(
                role.key(),
                first,
                last,
                title,
                female,
                role.category(),
                role.relationship(),
                role.word(),
                known,
                contact,
                born == null ? LocalDate.of(1960 + random.nextInt(30), 1, 1) : born);
    }

    private void add(CastMember member) {
        members.put(member.role(), member);
    }

    private String heritage() {
        return pick(heritages);
    }

    private String given(String heritage, boolean female) {
        return names.pick(heritage + (female ? "/F" : "/M"), random);
    }

    private String surname(String heritage) {
        return names.pick(heritage + "/S", random);
    }

    /** A supplier that gives {@code first} once, then whatever {@code rest} gives. */
    private static Supplier<String> firstThen(String first, Supplier<String> rest) {
        boolean[] used = {false};
        return () -> {
            if (used[0]) {
                return rest.get();
            }
            used[0] = true;
            return first;
        };
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Email local parts drop accents and apostrophes: Siân O'Connor writes sian.oconnor. */
    static String ascii(String text) {
        return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9.]", "");
    }
}
