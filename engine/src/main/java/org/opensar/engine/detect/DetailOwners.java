package org.opensar.engine.detect;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose contact detail or identifier a text shows, read from the words between it and the nearest name before it in
 * the same sentence or line block: "Mother: Jane Smith, tel 07700 900123" is Jane Smith's phone; "Mrs Murphy lives at
 * 31 Hollins Crescent" her address; "Kayleigh gave her mum's number, 07700 900123" her mum's, not Kayleigh's. With no
 * name in reach, a relationship word in the same sentence owns it ("Mum's new address: ..."). A detail is the data
 * subject's own only when the words between are all words of owning ("Kayleigh's mobile is", "Kayleigh Morris, DOB",
 * "Kayleigh lives at"): a verb such as "stayed" in "Kayleigh stayed at 14 Pennine Way" leaves the address someone
 * else's, and so redacted.
 */
final class DetailOwners {

    /** Who a detail belongs to: a name, or only a relationship word; {@code subject} when it is the data subject. */
    record Owner(String name, String relationship, boolean subject) {

        /** "phone number of Jane Smith (mother)", "address of her mum". */
        String describe(PersonalDataType type) {
            String said = relationship.toLowerCase(Locale.ROOT);
            String of = name.isEmpty() ? said : said.isEmpty() ? name : name + " (" + said + ")";
            return noun(type) + " of " + of;
        }
    }

    private static final int NAME_REACH = 160;
    private static final int SUBJECT_REACH = 60;
    private static final int RELATIONSHIP_BEFORE_NAME = 30;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]?\\s+\\p{Lu}|\\n[ \\t]*\\n");
    private static final Pattern WORDS = Pattern.compile("[\\s,;:()\\[\\]/|–—-]+");
    private static final Set<PersonalDataType> DETAILS = EnumSet.of(
            PersonalDataType.PHONE,
            PersonalDataType.EMAIL,
            PersonalDataType.ADDRESS,
            PersonalDataType.POSTCODE,
            PersonalDataType.DATE_OF_BIRTH,
            PersonalDataType.NHS_NUMBER,
            PersonalDataType.NI_NUMBER,
            PersonalDataType.VEHICLE_REGISTRATION,
            PersonalDataType.BANK_DETAILS);
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "my", "your");
    private static final Pattern LABEL = Pattern.compile("\\s*(?:[\\p{L}' ]{1,30}:\\s*)?");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    /** Words that may stand between the subject's name and their own detail. */
    private static final Set<String> OWNING_WORDS = Set.of(
            "'s",
            "’s",
            "his",
            "her",
            "their",
            "own",
            "new",
            "current",
            "home",
            "is",
            "was",
            "are",
            "lives",
            "living",
            "of",
            "tel",
            "tel.",
            "telephone",
            "phone",
            "mobile",
            "mob",
            "number",
            "no",
            "no.",
            "address",
            "email",
            "e-mail",
            "dob",
            "d.o.b.",
            "born",
            "date",
            "birth",
            "nhs",
            "ni",
            "national",
            "insurance",
            "car",
            "registration",
            "reg",
            "bank",
            "account",
            "sort",
            "code",
            "details",
            "postcode",
            "&",
            "and");

    private DetailOwners() {}

    static boolean isDetail(PersonalDataType type) {
        return DETAILS.contains(type);
    }

    /**
     * The owner of {@code detail}, given the nearest name before it ({@code name} may be null) and whether that name is
     * the subject's; empty when the words do not say.
     */
    static Optional<Owner> of(String text, RecognizerResult detail, RecognizerResult name, boolean nameIsSubject) {
        int from = name == null || detail.span().start() - name.span().end() > NAME_REACH
                ? -1
                : name.span().end();
        String between = from < 0 ? "" : text.substring(from, detail.span().start());
        boolean nameInReach = from >= 0
                && !SENTENCE_END.matcher(between).find()
                && (between.indexOf('\n') < 0 || nameBlock(text, name, detail));
        if (nameInReach) {
            Optional<String> relative = someoneElsesRelative(between);
            if (relative.isPresent()) {
                return Optional.of(new Owner("", relative.get(), false));
            }
            if (nameIsSubject) {
                return ownedBySubject(between) ? Optional.of(new Owner(name.text(), "", true)) : Optional.empty();
            }
            String label = firstRelationshipWord(between).orElseGet(() -> relationshipOf(text, name));
            return Optional.of(new Owner(name.text(), label, false));
        }
        return firstRelationshipWord(sentenceBefore(text, detail.span().start()))
                .map(word -> new Owner("", word, false));
    }

    /**
     * Whether a line break between a name and a detail still leaves them one block: the name stands alone on its line
     * (perhaps after a label: "Mother: Jane Smith") as in an address or contact block. A name that ends a line of
     * prose or a signature ("... 16th birthday. | Cerys Bowen") and a date opening the next entry are not one block;
     * PDF text loses the blank lines that would have said so. A date of birth needs its own words on its own line.
     */
    private static boolean nameBlock(String text, RecognizerResult name, RecognizerResult detail) {
        if (detail.type() == PersonalDataType.DATE_OF_BIRTH) {
            return false;
        }
        int lineStart = lineStartWithin(text, name.span().start(), RELATIONSHIP_BEFORE_NAME + 10);
        if (lineStart < 0) {
            return false;
        }
        String before = text.substring(lineStart, name.span().start());
        int lineEnd = text.indexOf('\n', name.span().end());
        String after = text.substring(name.span().end(), lineEnd < 0 ? text.length() : lineEnd);
        return LABEL.matcher(before).matches()
                && after.replaceAll("[\\s,;:]", "").isEmpty();
    }

    /**
     * Whether {@code next} follows {@code previous} with only commas, brackets and single line breaks between: one
     * block of details ("12 Pennine Drive,\nLS12 9QN", "07700 900123, jane@example.org"), so one owner.
     */
    static boolean sameBlock(String text, RecognizerResult previous, RecognizerResult next) {
        if (previous.span().end() > next.span().start()) {
            return false;
        }
        String between = text.substring(previous.span().end(), next.span().start());
        return between.length() <= 4
                && between.chars().allMatch(c -> c == ',' || c == '(' || c == ')' || Character.isWhitespace(c))
                && !BLANK_LINE.matcher(between).find();
    }

    /** Whether the words between the subject's name and a detail are only words of owning (see the class comment). */
    static boolean ownedBySubject(String between) {
        if (between.length() > SUBJECT_REACH || BLANK_LINE.matcher(between).find()) {
            return false;
        }
        String previous = "";
        for (String word : WORDS.split(between.toLowerCase(Locale.ROOT))) {
            // "at" only after "lives": "Kayleigh at 14 Acacia Avenue" may be anyone's home
            boolean livesAt = word.equals("at") && (previous.equals("lives") || previous.equals("living"));
            if (!word.isEmpty() && !OWNING_WORDS.contains(word) && !livesAt) {
                return false;
            }
            previous = word.isEmpty() ? previous : word;
        }
        return true;
    }

    /** The relationship case.json gives the person, or a relationship word just before the name ("Mother: Jane"). */
    private static String relationshipOf(String text, RecognizerResult name) {
        String listed = name.person().map(KnownPerson::relationship).orElse("");
        if (!listed.isEmpty()) {
            return listed;
        }
        int start = name.span().start();
        int lineStart = lineStartWithin(text, start, RELATIONSHIP_BEFORE_NAME);
        String before = text.substring(lineStart < 0 ? start - RELATIONSHIP_BEFORE_NAME : lineStart, start);
        return lastRelationshipWord(before).orElse("");
    }

    /** Where the line holding {@code at} starts, looking back at most {@code reach} characters; -1 if further. */
    private static int lineStartWithin(String text, int at, int reach) {
        for (int i = at; i > 0; i--) {
            if (text.charAt(i - 1) == '\n') {
                return i;
            }
            if (at - i >= reach) {
                return -1;
            }
        }
        return 0;
    }

    /**
     * A relationship word between a name and a detail that names someone else as the owner: after "her", "his"...
     * ("her mum") or itself possessive ("mum's number"). A bare one ("Jane Smith, mother, 07700 900123") labels the
     * name before it instead.
     */
    private static Optional<String> someoneElsesRelative(String words) {
        TokenizedText tokens = TokenizedText.of(words);
        for (int i = 0; i < tokens.size(); i++) {
            if (Vocabulary.RELATIONSHIP_WORDS.contains(tokens.folded(i))) {
                boolean afterPronoun = i > 0 && POSSESSIVES.contains(tokens.folded(i - 1));
                if (afterPronoun) {
                    return Optional.of(tokens.word(i - 1).toLowerCase(Locale.ROOT) + " " + tokens.word(i));
                }
                if (tokens.possessive(i)) {
                    return Optional.of(tokens.word(i));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstRelationshipWord(String words) {
        TokenizedText tokens = TokenizedText.of(words);
        for (int i = 0; i < tokens.size(); i++) {
            if (Vocabulary.RELATIONSHIP_WORDS.contains(tokens.folded(i))) {
                boolean afterPronoun = i > 0 && POSSESSIVES.contains(tokens.folded(i - 1));
                return Optional.of(
                        afterPronoun
                                ? tokens.word(i - 1).toLowerCase(Locale.ROOT) + " " + tokens.word(i)
                                : tokens.word(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastRelationshipWord(String words) {
        TokenizedText tokens = TokenizedText.of(words);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (Vocabulary.RELATIONSHIP_WORDS.contains(tokens.folded(i))) {
                return Optional.of(tokens.word(i).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The text from the start of the sentence (or line block) that holds {@code at}, up to it. */
    private static String sentenceBefore(String text, int at) {
        int start = Math.max(0, at - NAME_REACH);
        String window = text.substring(start, at);
        var matcher = SENTENCE_END.matcher(window);
        int from = 0;
        while (matcher.find()) {
            from = matcher.end() - (window.charAt(matcher.end() - 1) == '\n' ? 0 : 1);
        }
        return window.substring(from);
    }

    private static String noun(PersonalDataType type) {
        return switch (type) {
            case PHONE -> "phone number";
            case EMAIL -> "e-mail address";
            case ADDRESS -> "address";
            case POSTCODE -> "postcode";
            case DATE_OF_BIRTH -> "date of birth";
            case NHS_NUMBER -> "NHS number";
            case NI_NUMBER -> "National Insurance number";
            case VEHICLE_REGISTRATION -> "vehicle registration";
            case BANK_DETAILS -> "bank details";
            default -> type.label();
        };
    }
}
