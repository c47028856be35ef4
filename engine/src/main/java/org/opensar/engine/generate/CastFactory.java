package org.opensar.engine.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.opensar.engine.casefile.PersonCategory;

/** Invents the people of one case from a seed: a family of one heritage, carers, staff and professionals. */
final class CastFactory {

    private static final List<String> ORDINARY_GIVEN =
            List.of("Hope", "Grace", "Rose", "Faith", "Summer", "Joy", "Will", "Mark", "Bill", "Frank");
    private static final List<String> ORDINARY_SURNAMES =
            List.of("Young", "Brown", "Green", "White", "Baker", "Hunter", "Hope", "Grace");

    private final WordLists names = WordLists.load("names.txt");
    private final WordLists places = WordLists.load("places.txt");
    private final Random random;

    CastFactory(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    Cast create() {
        List<String> heritages = names.sections();
        String family = heritages.get(random.nextInt(heritages.size()));
        String council = places.pick("council", random);
        String councilDomain = council.split(" ")[0].toLowerCase(Locale.ROOT) + ".example.gov.uk";
        boolean girl = random.nextBoolean();
        String surname = names.pick(family + "/S", random);
        LocalDate born = LocalDate.of(1996 + random.nextInt(12), 1, 1).plusDays(random.nextInt(365));
        CastMember subject = person(
                "subject",
                girl,
                names.pick(family + (girl ? "/F" : "/M"), random),
                surname,
                PersonCategory.OTHER,
                "data subject",
                "",
                false,
                born);

        Map<String, CastMember> members = new LinkedHashMap<>();
        String mumSurname = random.nextInt(10) < 7 ? surname : names.pick(family + "/S", random);
        add(
                members,
                family(
                        family,
                        "mum",
                        true,
                        mumSurname,
                        "mother",
                        "Mum",
                        0.6,
                        born.minusYears(17 + random.nextInt(18))));
        String dadHeritage = random.nextInt(4) == 0 ? heritages.get(random.nextInt(heritages.size())) : family;
        String dadSurname = random.nextInt(10) < 4 ? surname : names.pick(dadHeritage + "/S", random);
        add(
                members,
                family(
                        dadHeritage,
                        "dad",
                        false,
                        dadSurname,
                        "father",
                        "Dad",
                        0.3,
                        born.minusYears(19 + random.nextInt(20))));
        boolean sister = random.nextBoolean();
        String sibGiven = random.nextBoolean()
                ? ORDINARY_GIVEN.get(random.nextInt(ORDINARY_GIVEN.size()))
                : names.pick(family + (sister ? "/F" : "/M"), random);
        sister = ORDINARY_GIVEN.indexOf(sibGiven) >= 0 ? ORDINARY_GIVEN.indexOf(sibGiven) < 6 : sister;
        add(
                members,
                person(
                        "sib",
                        sister,
                        sibGiven,
                        surname,
                        PersonCategory.FAMILY,
                        sister ? "sister" : "brother",
                        sister ? "sister" : "brother",
                        random.nextBoolean(),
                        born.plusDays(random.nextInt(2000) - 1000)));
        boolean halfSister = random.nextBoolean();
        add(
                members,
                person(
                        "half",
                        halfSister,
                        names.pick(dadHeritage + (halfSister ? "/F" : "/M"), random),
                        dadSurname,
                        PersonCategory.FAMILY,
                        halfSister ? "half-sister" : "half-brother",
                        halfSister ? "half-sister" : "half-brother",
                        false,
                        born.plusYears(2 + random.nextInt(5))));
        add(
                members,
                family(
                        family,
                        "nan",
                        true,
                        names.pick(family + "/S", random),
                        "maternal grandmother",
                        "Nan",
                        0.2,
                        born.minusYears(45 + random.nextInt(20))));
        add(members, other("partner", false, "mother's partner", "Mum's partner"));
        add(members, other("friend", random.nextBoolean(), "friend", "friend"));
        String carerHeritage = heritages.get(random.nextInt(heritages.size()));
        String carerSurname = random.nextBoolean()
                ? ORDINARY_SURNAMES.get(random.nextInt(ORDINARY_SURNAMES.size()))
                : names.pick(carerHeritage + "/S", random);
        add(
                members,
                person(
                        "carer",
                        true,
                        names.pick(carerHeritage + "/F", random),
                        carerSurname,
                        PersonCategory.CARER,
                        "foster carer",
                        "foster carer",
                        random.nextInt(10) < 4,
                        born.minusYears(30 + random.nextInt(20))));
        add(
                members,
                person(
                        "carer2",
                        false,
                        names.pick(carerHeritage + "/M", random),
                        carerSurname,
                        PersonCategory.CARER,
                        "foster carer",
                        "foster carer",
                        false,
                        born.minusYears(30 + random.nextInt(20))));
        for (String[] staff : new String[][] {
            {"sw", "social worker"},
            {"sw2", "previous social worker"},
            {"iro", "independent reviewing officer"},
            {"pa", "personal advisor"},
            {"tm", "team manager"}
        }) {
            add(members, professional(staff[0], staff[1], PersonCategory.COUNCIL_STAFF, null, councilDomain));
        }
        for (String[] external : new String[][] {
            {"gp", "general practitioner", "Dr"}, {"nurse", "looked after children nurse", null},
            {"police", "police officer", "PC"}, {"teacher", "designated safeguarding lead", null},
            {"psych", "clinical psychologist", "Dr"}, {"isw", "independent social worker", null},
            {"guardian", "children's guardian", null}
        }) {
            add(
                    members,
                    professional(
                            external[0],
                            external[1],
                            PersonCategory.EXTERNAL_PROFESSIONAL,
                            external[2],
                            "nhs.example.net"));
        }
        LocalDate from = born.plusYears(2 + random.nextInt(7)).plusDays(random.nextInt(300));
        LocalDate to = born.plusYears(18 + random.nextInt(3));
        String reference = "CL-" + (100000 + random.nextInt(900000));
        List<String> aliases = dadSurname.equals(surname) ? List.of() : List.of(subject.givenName() + " " + dadSurname);
        return new Cast(reference, council, places.pick("school", random), subject, aliases, members, from, to);
    }

    private static void add(Map<String, CastMember> members, CastMember member) {
        members.put(member.role(), member);
    }

    private CastMember family(
            String heritage,
            String role,
            boolean female,
            String surname,
            String relationship,
            String word,
            double known,
            LocalDate born) {
        String given = names.pick(heritage + (female ? "/F" : "/M"), random);
        return person(
                role,
                female,
                given,
                surname,
                PersonCategory.FAMILY,
                relationship,
                word,
                random.nextDouble() < known,
                born);
    }

    private CastMember other(String role, boolean female, String relationship, String word) {
        String heritage = names.sections().get(random.nextInt(names.sections().size()));
        return person(
                role,
                female,
                names.pick(heritage + (female ? "/F" : "/M"), random),
                names.pick(heritage + "/S", random),
                PersonCategory.OTHER,
                relationship,
                word,
                false,
                LocalDate.of(1970 + random.nextInt(30), 1, 1).plusDays(random.nextInt(365)));
    }

    private CastMember professional(String role, String job, PersonCategory category, String title, String domain) {
        String heritage = names.sections().get(random.nextInt(names.sections().size()));
        boolean female = random.nextInt(10) < 7;
        CastMember person = person(
                role,
                female,
                names.pick(heritage + (female ? "/F" : "/M"), random),
                names.pick(heritage + "/S", random),
                category,
                job,
                job,
                false,
                LocalDate.of(1960 + random.nextInt(30), 1, 1));
        String email = ascii(person.givenName() + "." + person.surname()).toLowerCase(Locale.ROOT) + "@" + domain;
        CastMember.Contact work =
                new CastMember.Contact(UkIdentifiers.phone(random, false), email, "", "", "", "", "", "", "", "");
        return new CastMember(
                role,
                person.givenName(),
                person.surname(),
                title == null ? person.title() : title,
                female,
                category,
                job,
                job,
                false,
                work,
                null);
    }

    private CastMember person(
            String role,
            boolean female,
            String given,
            String surname,
            PersonCategory category,
            String relationship,
            String word,
            boolean known,
            LocalDate born) {
        boolean child = role.equals("subject") || role.equals("sib") || role.equals("half");
        String title =
                female ? (child ? "Miss" : random.nextBoolean() ? "Ms" : random.nextBoolean() ? "Mrs" : "Miss") : "Mr";
        String local = ascii(given.charAt(0) + surname).toLowerCase(Locale.ROOT) + (random.nextInt(90) + 10);
        String area = places.pick("postcode-area", random);
        CastMember.Contact contact = new CastMember.Contact(
                UkIdentifiers.phone(random, random.nextInt(3) > 0),
                local + "@example." + List.of("com", "net", "org").get(random.nextInt(3)),
                (1 + random.nextInt(140)) + " " + places.pick("street-first", random) + " "
                        + places.pick("street-last", random),
                places.pick("town", random),
                UkIdentifiers.postcode(random, area),
                UkIdentifiers.nhsNumber(random),
                UkIdentifiers.niNumber(random),
                UkIdentifiers.vehicleRegistration(random),
                UkIdentifiers.sortCode(random),
                UkIdentifiers.accountNumber(random));
        return new CastMember(role, given, surname, title, female, category, relationship, word, known, contact, born);
    }

    /** Email local parts drop accents and apostrophes: Siân O'Connor writes sian.oconnor. */
    static String ascii(String text) {
        return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9.]", "");
    }
}
