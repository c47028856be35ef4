package org.opensar.engine.tools.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.detect.PersonalDataType;

/**
 * Fills template text: {@code [[a|b]]} picks one alternative; {@code {role.attribute}} writes a cast member's
 * name or detail and marks it in the answer key as third-party data or as one to keep.
 */
final class TemplateRenderer {

    private static final Pattern CHOICE = Pattern.compile("\\[\\[(.*?)]]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)(?:\\.([a-z]+))?}");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final Cast cast;
    private final Map<String, KeepReason> keptWords;
    private final Random random;
    private final LocalDate date;
    private final Map<String, String> aliases;
    private LocalDate entryDate;

    TemplateRenderer(
            Cast cast, Map<String, KeepReason> keptWords, Random random, LocalDate date, Map<String, String> aliases) {
        this.cast = cast;
        this.keptWords = keptWords;
        this.random = random;
        this.date = date;
        this.aliases = aliases;
        this.entryDate = date;
    }

    /** The cast role that wrote the document. */
    String authorRole() {
        return aliases.getOrDefault("author", "sw");
    }

    void advanceEntryDate(int days) {
        entryDate = entryDate.plusDays(days);
    }

    MarkedText render(String template) {
        Matcher choices = CHOICE.matcher(template);
        StringBuilder chosen = new StringBuilder();
        while (choices.find()) {
            String[] options = choices.group(1).split("\\|", -1);
            choices.appendReplacement(chosen, Matcher.quoteReplacement(options[random.nextInt(options.length)]));
        }
        choices.appendTail(chosen);
        MarkedText text = new MarkedText();
        Matcher placeholders = PLACEHOLDER.matcher(chosen);
        int last = 0;
        while (placeholders.find()) {
            text.literal(chosen.substring(last, placeholders.start()), keptWords);
            fill(text, placeholders.group(1), placeholders.group(2));
            last = placeholders.end();
        }
        return text.literal(chosen.substring(last), keptWords);
    }

    private void fill(MarkedText text, String name, String attribute) {
        if (attribute == null) {
            text.plain(value(name));
            return;
        }
        CastMember member = cast.member(aliases.getOrDefault(name, name));
        switch (attribute) {
            case "full" -> name(text, member, member.fullName());
            case "first" -> name(text, member, member.givenName());
            case "formal" -> name(text, member, member.formalName());
            case "rel" -> text.keep(member.relationshipWord(), KeepReason.RELATIONSHIP_WORD);
            case "phone" -> detail(text, member, member.contact().phone(), PersonalDataType.PHONE);
            case "email" -> detail(text, member, member.contact().email(), PersonalDataType.EMAIL);
            case "postcode" -> detail(text, member, member.contact().postcode(), PersonalDataType.POSTCODE);
            case "address" -> {
                CastMember.Contact contact = member.contact();
                detail(text, member, contact.street() + ", " + contact.town(), PersonalDataType.ADDRESS);
                text.plain(" ");
                detail(text, member, contact.postcode(), PersonalDataType.POSTCODE);
            }
            case "dob" -> detail(text, member, formatDate(member.dateOfBirth()), PersonalDataType.DATE_OF_BIRTH);
            case "nhs" -> detail(text, member, member.contact().nhsNumber(), PersonalDataType.NHS_NUMBER);
            case "ni" -> detail(text, member, member.contact().niNumber(), PersonalDataType.NI_NUMBER);
            case "vrm" -> detail(text, member, member.contact().vehicle(), PersonalDataType.VEHICLE_REGISTRATION);
            case "bank" -> {
                text.plain("sort code ");
                detail(text, member, member.contact().sortCode(), PersonalDataType.BANK_DETAILS);
                text.plain(", account ");
                detail(text, member, member.contact().account(), PersonalDataType.BANK_DETAILS);
            }
            default -> throw new IllegalArgumentException("unknown placeholder attribute " + attribute);
        }
    }

    private String value(String name) {
        boolean girl = cast.subject().female();
        return switch (name) {
            case "date" -> formatDate(date);
            case "edate" -> formatDate(entryDate);
            case "time" -> String.format("%02d:%02d", 8 + random.nextInt(11), random.nextInt(4) * 15);
            case "ref" -> cast.reference();
            case "council" -> cast.council();
            case "school" -> cast.school();
            case "age" ->
                String.valueOf(
                        Period.between(cast.subject().dateOfBirth(), date).getYears());
            case "amount" -> String.format("£%d.%02d", 20 + random.nextInt(900), random.nextInt(100));
            case "n" -> String.valueOf(2 + random.nextInt(6));
            case "he" -> girl ? "she" : "he";
            case "He" -> girl ? "She" : "He";
            case "his" -> girl ? "her" : "his";
            case "His" -> girl ? "Her" : "His";
            case "him" -> girl ? "her" : "him";
            case "child" -> girl ? "girl" : "boy";
            default -> throw new IllegalArgumentException("unknown placeholder " + name);
        };
    }

    private String formatDate(LocalDate day) {
        return (random.nextInt(3) == 0 ? SHORT_DATE : LONG_DATE).format(day);
    }

    private static void name(MarkedText text, CastMember member, String words) {
        if (member.role().equals("subject")) {
            text.keep(words, KeepReason.SUBJECT);
        } else if (member.actsInRole()) {
            text.keep(words, KeepReason.STAFF);
        } else if (member.knownToRequester()) {
            text.keep(words, KeepReason.KNOWN_TO_REQUESTER);
        } else {
            text.thirdParty(words, PersonalDataType.PERSON, member.fullName());
        }
    }

    private static void detail(MarkedText text, CastMember member, String words, PersonalDataType type) {
        if (member.role().equals("subject")) {
            text.keep(words, KeepReason.SUBJECT);
        } else if (member.actsInRole()) {
            text.keep(words, KeepReason.STAFF);
        } else {
            text.thirdParty(words, type, member.fullName());
        }
    }
}
