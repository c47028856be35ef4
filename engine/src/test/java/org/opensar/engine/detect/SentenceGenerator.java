package org.opensar.engine.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.detect.AnnotatedText.Annotation;
import org.opensar.engine.detect.AnnotatedText.Expectation;

/** Fills {@link SentenceTemplates} with a fresh synthetic case per sentence and records what must go or stay. */
final class SentenceGenerator {

    private static final List<String> FIRST_NAMES = List.of(
            "Kayleigh",
            "Jade",
            "Chloe",
            "Leah",
            "Shannon",
            "Courtney",
            "Demi",
            "Tia",
            "Keeley",
            "Aaliyah",
            "Precious",
            "Zainab",
            "Aisha",
            "Oluwaseun",
            "Siobhan",
            "Niamh",
            "Róisín",
            "Agnieszka",
            "Zoë",
            "Renée",
            "Chantelle",
            "Hope",
            "Rose",
            "Grace",
            "Faith",
            "Joy",
            "Holly",
            "Ruby",
            "Amber",
            "Summer",
            "Dawn",
            "Destiny",
            "Mercy",
            "Blessing",
            "Nevaeh",
            "Paige",
            "Megan",
            "Bethany",
            "Kirsty",
            "Stacey",
            "Jodie",
            "Jordan",
            "Reece",
            "Kyle",
            "Callum",
            "Tyrone",
            "Kai",
            "Mohammed",
            "Bilal",
            "Dariusz",
            "Connor",
            "Declan",
            "Jayden",
            "Brandon",
            "Ellis",
            "Will",
            "Mark",
            "Jack",
            "Bill",
            "Frank",
            "Grant",
            "Dean",
            "Lee",
            "Wayne",
            "Kieran",
            "Liam",
            "Tyler",
            "Jaxon",
            "Ashton",
            "Oluwadamilare",
            "Piotr",
            "Krzysztof");
    private static final List<String> SURNAMES = List.of(
            "Morris",
            "Okafor",
            "Nowak",
            "Begum",
            "Khan",
            "Patel",
            "Kowalczyk",
            "Adeyemi",
            "Mensah",
            "O'Connor",
            "Fitzgerald",
            "McAllister",
            "Whitlock",
            "Thornton",
            "Haworth",
            "Pickering",
            "Brennan",
            "Lindqvist",
            "Oyelaran",
            "Szymanski",
            "Nguyen",
            "Brown",
            "Young",
            "White",
            "Hill",
            "Wood",
            "Bird",
            "Sharples",
            "Ackroyd",
            "Uddin",
            "Chaudhry",
            "Wiśniewski",
            "Mullarkey",
            "Trelawney",
            "Abernethy");
    private static final List<String> SECOND_FIRST_NAMES = List.of(
            "Tamsin",
            "Saoirse",
            "Eilidh",
            "Maisie",
            "Skye",
            "Poppy",
            "Willow",
            "Lacey",
            "Kacey",
            "Imani",
            "Nkechi",
            "Chidi",
            "Kwame",
            "Tomasz",
            "Marek",
            "Bartosz",
            "Gethin",
            "Rhys",
            "Cai",
            "Alfie",
            "Archie",
            "Harvey",
            "Rocco",
            "Bobby",
            "Ronnie",
            "Sonny",
            "Teddy",
            "Frankie",
            "Charlie",
            "Jesse",
            "Robin",
            "Sunny",
            "Star",
            "Storm",
            "Misty",
            "Crystal",
            "Pearl",
            "Ivy",
            "Iris",
            "Violet",
            "Daisy",
            "Honey",
            "Cherry",
            "Sky",
            "River",
            "Ocean",
            "Autumn",
            "Angel",
            "Sterling",
            "Ace");
    private static final List<String> SECOND_SURNAMES = List.of(
            "Ashworth",
            "Gallagher",
            "Kaur",
            "Ahmed",
            "Hussain",
            "Wilkinson",
            "Lowther",
            "Pennington",
            "Oduya",
            "Kamara",
            "Bangura",
            "Vasquez",
            "Dabrowski",
            "Zielinski",
            "Ferreira",
            "Costa",
            "Walsh",
            "Doherty",
            "Quinn",
            "Gill",
            "Bull",
            "Fox",
            "Lamb",
            "Nightingale",
            "Sparrow",
            "Fairweather",
            "Goodwin",
            "Lovelace",
            "Marsh",
            "Moss",
            "Rivers",
            "Stone",
            "Banks",
            "Bridge",
            "Cross",
            "Field");
    private static final List<String> THIRD_FIRST_NAMES = List.of(
            "Esme",
            "Freya",
            "Harriet",
            "Isla",
            "Lottie",
            "Matilda",
            "Orla",
            "Phoebe",
            "Rosie",
            "Tilly",
            "Wren",
            "Zara",
            "Amani",
            "Beatrix",
            "Cleo",
            "Delilah",
            "Ebony",
            "Hazel",
            "Jasmine",
            "Kiera",
            "Lola",
            "Nia",
            "Olive",
            "Scarlett",
            "Aiden",
            "Blake",
            "Caleb",
            "Dexter",
            "Ezra",
            "Finley",
            "Hunter",
            "Jude",
            "Leon",
            "Milo",
            "Nathaniel",
            "Oscar",
            "Reggie",
            "Stanley",
            "Theo",
            "Zachary",
            "Obinna",
            "Emeka",
            "Tariq",
            "Sami",
            "Wojciech",
            "Jakub",
            "Gabriel",
            "Ruben",
            "Luca",
            "Mateo");
    private static final List<String> THIRD_SURNAMES = List.of(
            "Featherstone",
            "Greenhalgh",
            "Heseltine",
            "Isherwood",
            "Jagger",
            "Kenyon",
            "Littlewood",
            "Mellor",
            "Nuttall",
            "Ormerod",
            "Pilkington",
            "Ramsbottom",
            "Sutcliffe",
            "Tattersall",
            "Umpleby",
            "Varley",
            "Whitworth",
            "Yeadon",
            "Akhtar",
            "Bibi",
            "Iqbal",
            "Mahmood",
            "Rehman",
            "Okonkwo",
            "Eze",
            "Nwosu",
            "Lewandowski",
            "Wojcik",
            "Kaminski",
            "Popescu",
            "Ionescu",
            "Silva",
            "Pereira",
            "Baker",
            "Carter",
            "Mason",
            "Fisher",
            "Shepherd",
            "Knight",
            "Page");
    private static final List<String> RELATIONSHIPS =
            List.of("Mum", "Dad", "her mum", "Nan", "her brother", "her sister", "Grandad", "her stepdad");
    private static final List<String> STREETS =
            List.of("Larkspur Close", "Mill Lane", "Acacia Avenue", "Station Road", "Beech Grove", "Kings Drive");
    private static final List<String> OUTWARD = List.of("LS12", "M14", "B33", "S10", "NE6", "BD7", "WF1", "HX3", "L8");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
    private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
    private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";

    private final Random random;

    SentenceGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<AnnotatedText> generate(SentenceTemplates set, int count) {
        List<AnnotatedText> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String template = set.templates().get(i % set.templates().size());
            texts.add(fill(template, newCase(set)));
        }
        return texts;
    }

    private SyntheticCase newCase(SentenceTemplates set) {
        return switch (set) {
            case TUNING, HELD_OUT -> new SyntheticCase(FIRST_NAMES, SURNAMES);
            case SECOND_HELD_OUT -> new SyntheticCase(SECOND_FIRST_NAMES, SECOND_SURNAMES);
            case THIRD_HELD_OUT -> new SyntheticCase(THIRD_FIRST_NAMES, THIRD_SURNAMES);
        };
    }

    /** The people of one synthetic case: the subject, her mother (same surname) and everyone around them. */
    private final class SyntheticCase {
        final String surname;
        final String subject;
        final String mother;
        final String motherTitle = random.nextBoolean() ? "Ms" : "Mrs";
        final String staff;
        final String professional;
        final String known;
        final String partner;
        final String brother;
        final String friend;
        final String neighbour;
        final LocalDate subjectBirth =
                LocalDate.of(2003 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));

        SyntheticCase(List<String> firstNames, List<String> surnames) {
            List<String> first = shuffled(firstNames);
            List<String> last = shuffled(surnames);
            surname = last.get(0);
            subject = first.get(0);
            mother = first.get(1);
            staff = first.get(2) + " " + last.get(1);
            professional = last.get(2);
            known = first.get(3) + " " + last.get(3);
            partner = first.get(4) + " " + last.get(4);
            brother = first.get(5);
            friend = first.get(6) + " " + last.get(5);
            neighbour = (random.nextBoolean() ? "Mr " : "Mrs ") + last.get(6);
        }

        CaseDescription description() {
            return new CaseDescription(
                    "EVAL",
                    new DataSubject(subject + " " + surname, List.of(), subjectBirth),
                    List.of(
                            new Person(
                                    mother + " " + surname,
                                    List.of(motherTitle + " " + surname),
                                    "mother",
                                    PersonCategory.FAMILY),
                            new Person(staff, List.of(), "social worker", PersonCategory.COUNCIL_STAFF),
                            new Person(
                                    "Dr " + professional,
                                    List.of(),
                                    "psychologist",
                                    PersonCategory.EXTERNAL_PROFESSIONAL),
                            new Person(known, List.of(), "grandmother", PersonCategory.FAMILY),
                            new Person(partner, List.of(), "mother's partner", PersonCategory.FAMILY)),
                    List.of(known));
        }
    }

    private AnnotatedText fill(String template, SyntheticCase c) {
        StringBuilder text = new StringBuilder();
        List<Annotation> annotations = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("[[", i)) {
                int close = template.indexOf("]]", i);
                append(text, annotations, template.substring(i + 2, close), Expectation.KEEP, "ORDINARY_WORD", false);
                i = close + 2;
            } else if (template.charAt(i) == '{') {
                int close = template.indexOf('}', i);
                slot(template.substring(i + 1, close), c, text, annotations);
                i = close + 1;
            } else {
                text.append(template.charAt(i++));
            }
        }
        return new AnnotatedText(c.description(), text.toString(), annotations);
    }

    private void slot(String slot, SyntheticCase c, StringBuilder text, List<Annotation> annotations) {
        Expectation redact = Expectation.REDACT;
        Expectation keep = Expectation.KEEP;
        switch (slot) {
            case "S_FIRST" -> append(text, annotations, c.subject, keep, slot, true);
            case "S_FULL" -> append(text, annotations, c.subject + " " + c.surname, keep, slot, true);
            case "S_UPPER" -> append(text, annotations, upper(c.subject + " " + c.surname), keep, slot, true);
            case "S_DOB" -> append(text, annotations, dmy(c.subjectBirth), keep, slot, false);
            case "M_FULL" -> append(text, annotations, c.mother + " " + c.surname, redact, slot, true);
            case "M_FIRST" -> append(text, annotations, c.mother, redact, slot, true);
            case "M_TITLED" -> append(text, annotations, c.motherTitle + " " + c.surname, redact, slot, true);
            case "M_UPPER" -> append(text, annotations, upper(c.mother + " " + c.surname), redact, slot, true);
            case "M_POSS" -> possessive(text, annotations, c.mother, slot);
            case "ST_FULL" -> append(text, annotations, c.staff, keep, slot, true);
            case "ST_FIRST" -> append(text, annotations, c.staff.split(" ")[0], keep, slot, true);
            case "PRO_TITLED" -> append(text, annotations, "Dr " + c.professional, keep, slot, true);
            case "K_FULL" -> append(text, annotations, c.known, keep, slot, true);
            case "K_FIRST" -> append(text, annotations, c.known.split(" ")[0], keep, slot, true);
            case "P_FULL" -> append(text, annotations, c.partner, redact, slot, true);
            case "P_FIRST" -> append(text, annotations, c.partner.split(" ")[0], redact, slot, true);
            case "B_FULL" -> append(text, annotations, c.brother + " " + c.surname, redact, slot, true);
            case "B_FIRST" -> append(text, annotations, c.brother, redact, slot, true);
            case "F_FIRST" -> append(text, annotations, c.friend.split(" ")[0], redact, slot, true);
            case "F_FULL" -> append(text, annotations, c.friend, redact, slot, true);
            case "F_POSS" -> possessive(text, annotations, c.friend.split(" ")[0], slot);
            case "P_POSS" -> possessive(text, annotations, c.partner.split(" ")[0], slot);
            case "S_POSS" -> {
                append(text, annotations, c.subject, keep, slot, true);
                text.append("'s");
            }
            case "N_TITLED" -> append(text, annotations, c.neighbour, redact, slot, true);
            case "REL" -> append(text, annotations, pick(RELATIONSHIPS), keep, slot, false);
            case "PHONE" -> append(text, annotations, phone(), redact, slot, false);
            case "EMAIL" -> append(text, annotations, email(c), redact, slot, false);
            case "ADDRESS" -> append(text, annotations, address(), redact, slot, false);
            case "POSTCODE" -> append(text, annotations, postcode(), redact, slot, false);
            case "NHS" -> append(text, annotations, nhsNumber(), redact, slot, false);
            case "NINO" -> append(text, annotations, nino(), redact, slot, false);
            case "DOB" ->
                append(
                        text,
                        annotations,
                        dmy(LocalDate.of(1960 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))),
                        redact,
                        slot,
                        false);
            case "REG" -> append(text, annotations, plate(), redact, slot, false);
            case "SORT" ->
                append(text, annotations, digits(2) + "-" + digits(2) + "-" + digits(2), redact, slot, false);
            case "ACCOUNT" -> append(text, annotations, digits(8), redact, slot, false);
            default -> throw new IllegalArgumentException("unknown slot " + slot);
        }
    }

    private static void append(
            StringBuilder text,
            List<Annotation> annotations,
            String value,
            Expectation expectation,
            String slot,
            boolean personName) {
        annotations.add(new Annotation(
                new TextSpan(text.length(), text.length() + value.length()), expectation, slot, personName));
        text.append(value);
    }

    private static void possessive(StringBuilder text, List<Annotation> annotations, String name, String slot) {
        append(text, annotations, name, Expectation.REDACT, slot, true);
        text.append("'s");
    }

    private List<String> shuffled(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private char letter(String from) {
        return from.charAt(random.nextInt(from.length()));
    }

    private String phone() {
        return switch (random.nextInt(5)) {
            case 0 -> "07700 9" + digits(5);
            case 1 -> "0161 496 " + digits(4);
            case 2 -> "(0113) 496 " + digits(4);
            case 3 -> "+44 7700 9" + digits(5);
            default -> "020 7946 " + digits(4);
        };
    }

    private String email(SyntheticCase c) {
        String local = c.friend.toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", "");
        return local + "@example." + (random.nextBoolean() ? "com" : "co.uk");
    }

    private String address() {
        String line = (1 + random.nextInt(200)) + " " + pick(STREETS);
        return random.nextInt(4) == 0 ? "Flat " + (1 + random.nextInt(12)) + ", " + line : line;
    }

    private String postcode() {
        return pick(OUTWARD) + " " + random.nextInt(10) + letter(INWARD_LETTERS) + letter(INWARD_LETTERS);
    }

    private String nhsNumber() {
        while (true) {
            String nine = digits(9);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                String n = nine + check;
                return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            }
        }
    }

    private String nino() {
        String prefix;
        do {
            prefix = "" + letter(NINO_FIRST) + letter(NINO_SECOND);
        } while (List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
        return prefix + digits(6) + "ABCD".charAt(random.nextInt(4));
    }

    private String plate() {
        return "" + letter(PLATE_LETTERS) + letter(PLATE_LETTERS) + digits(2) + " " + letter(PLATE_LETTERS)
                + letter(PLATE_LETTERS) + letter(PLATE_LETTERS);
    }

    private static String dmy(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
