package org.opensar.engine.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.Person;
import org.opensar.engine.casefile.PersonCategory;

/**
 * The stage after recognition that decides what stays: the data subject's own names and details, council staff and
 * professionals in their role, relationship words, and names the requester supplied. Everything else found is
 * proposed for redaction with its reason. The details (phone, address, date of birth...) of a person whose name
 * stays are still redacted.
 */
final class KeepRules {

    /**
     * A name found with less certainty than this (a lone unknown word: "a silver Corsa") is not taken as the owner of
     * the details after it; the name before it still is.
     */
    private static final double OWNER_SCORE = 0.6;

    private final Set<String> subjectWords;
    private final Set<String> subjectFirstNames;
    private final Set<String> staffWords;
    private final LocalDate subjectDateOfBirth;
    private final EmailOwners emailOwners;

    private KeepRules(
            Set<String> subjectWords,
            Set<String> subjectFirstNames,
            Set<String> staffWords,
            LocalDate subjectDateOfBirth,
            EmailOwners emailOwners) {
        this.subjectWords = Set.copyOf(subjectWords);
        this.subjectFirstNames = Set.copyOf(subjectFirstNames);
        this.staffWords = Set.copyOf(staffWords);
        this.subjectDateOfBirth = subjectDateOfBirth;
        this.emailOwners = emailOwners;
    }

    static KeepRules forCase(CaseDescription description) {
        Set<String> staffWords = new HashSet<>();
        for (Person person : description.people()) {
            if (person.category() == PersonCategory.COUNCIL_STAFF) {
                staffWords.addAll(NameWords.of(person.name()));
            }
        }
        return new KeepRules(
                NameWords.ofSubject(description),
                NameWords.firstNamesOfSubject(description),
                staffWords,
                description.subject().dateOfBirth(),
                EmailOwners.forCase(description));
    }

    /** With no case description only relationship words stay. */
    static KeepRules withoutCase() {
        return new KeepRules(Set.of(), Set.of(), Set.of(), null, EmailOwners.none());
    }

    /** Decides each result, in text order; {@code text} is the text analysed, for the words between results. */
    DetectionResult apply(String text, List<RecognizerResult> results) {
        List<ProposedRedaction> redactions = new ArrayList<>();
        List<KeptMention> kept = new ArrayList<>();
        RecognizerResult lastName = null;
        Optional<KeepReason> lastNameKept = Optional.empty();
        RecognizerResult owningName = null;
        Optional<KeepReason> owningNameKept = Optional.empty();
        RecognizerResult lastDetail = null;
        Optional<DetailOwners.Owner> lastOwner = Optional.empty();
        for (RecognizerResult result : results) {
            Optional<KeepReason> keep = keepReason(result);
            boolean nameBefore =
                    lastName != null && lastName.span().end() <= result.span().start();
            if (keep.isEmpty() && nameBefore) {
                keep = keepByPosition(
                        result.type(),
                        lastNameKept,
                        text.substring(lastName.span().end(), result.span().start()));
            }
            Optional<DetailOwners.Owner> owner = Optional.empty();
            if (DetailOwners.isDetail(result.type())) {
                boolean ownerBefore = owningName != null
                        && owningName.span().end() <= result.span().start();
                owner = lastDetail != null && DetailOwners.sameBlock(text, lastDetail, result)
                        ? lastOwner
                        : DetailOwners.of(
                                text,
                                result,
                                ownerBefore ? owningName : null,
                                owningNameKept.orElse(null) == KeepReason.DATA_SUBJECT);
                lastDetail = result;
                lastOwner = owner;
            }
            if (keep.isEmpty() && owner.filter(DetailOwners.Owner::subject).isPresent()) {
                keep = Optional.of(KeepReason.DATA_SUBJECT_DETAILS);
            }
            Explanation explanation = owner.map(o -> withOwner(result, o)).orElse(result.explanation());
            if (result.type() == PersonalDataType.PERSON) {
                lastName = result;
                lastNameKept = keep;
                if (result.person().isPresent() || result.score() >= OWNER_SCORE) {
                    lastDetail = null;
                    owningName = result;
                    owningNameKept = keep;
                }
            }
            if (keep.isPresent()) {
                kept.add(new KeptMention(
                        result.text(), result.span(), result.type(), keep.get(), result.recognizer(), explanation));
            } else {
                redactions.add(new ProposedRedaction(
                        result.text(),
                        result.span(),
                        result.type(),
                        RedactionReason.forType(result.type()),
                        result.recognizer(),
                        result.score(),
                        explanation,
                        RedactionStatus.PROPOSED));
            }
        }
        return new DetectionResult(redactions, kept);
    }

    /** The recognizer's explanation, opened by whose the detail is: "phone number of Jane Smith (mother); ...". */
    private static Explanation withOwner(RecognizerResult result, DetailOwners.Owner owner) {
        Explanation found = result.explanation();
        return new Explanation(
                found.evidence(), owner.describe(result.type()) + "; " + found.detail(), found.contextWords());
    }

    private Optional<KeepReason> keepReason(RecognizerResult result) {
        return switch (result.type()) {
            case PERSON -> result.person().map(KeepRules::keepNamed).orElseGet(() -> keepUnlisted(result.text()));
            case DATE_OF_BIRTH ->
                WrittenDates.parse(result.text())
                        .filter(date -> date.equals(subjectDateOfBirth))
                        .map(date -> KeepReason.DATA_SUBJECT_DETAILS);
            case EMAIL -> keepEmail(result.text());
            default -> Optional.empty();
        };
    }

    /**
     * A contact detail or identifier after a name whose owner the words between show ({@link DetailOwnership}): a
     * member of staff's work phone or e-mail in their signature, the subject's own identifier or e-mail.
     */
    private static Optional<KeepReason> keepByPosition(
            PersonalDataType type, Optional<KeepReason> nameKept, String between) {
        KeepReason name = nameKept.orElse(null);
        boolean inRole = name == KeepReason.COUNCIL_STAFF_IN_ROLE || name == KeepReason.PROFESSIONAL_IN_ROLE;
        boolean contact = type == PersonalDataType.PHONE || type == PersonalDataType.EMAIL;
        if (inRole && contact && DetailOwnership.signature(between)) {
            return nameKept;
        }
        boolean identifier = type == PersonalDataType.NI_NUMBER
                || type == PersonalDataType.NHS_NUMBER
                || type == PersonalDataType.EMAIL;
        if (name == KeepReason.DATA_SUBJECT && identifier && DetailOwnership.sameSubject(between)) {
            return Optional.of(KeepReason.DATA_SUBJECT_DETAILS);
        }
        return Optional.empty();
    }

    private static Optional<KeepReason> keepNamed(KnownPerson person) {
        if (person.dataSubject()) {
            return Optional.of(KeepReason.DATA_SUBJECT);
        }
        if (person.category() == PersonCategory.COUNCIL_STAFF) {
            return Optional.of(KeepReason.COUNCIL_STAFF_IN_ROLE);
        }
        if (person.category() == PersonCategory.EXTERNAL_PROFESSIONAL) {
            return Optional.of(KeepReason.PROFESSIONAL_IN_ROLE);
        }
        if (person.knownToRequester()) {
            return Optional.of(KeepReason.KNOWN_TO_REQUESTER);
        }
        if (Vocabulary.RELATIONSHIP_WORDS.contains(TokenizedText.fold(person.name()))) {
            return Optional.of(KeepReason.RELATIONSHIP_WORD);
        }
        return Optional.empty();
    }

    /**
     * A name the register does not know stays only if it is a relationship word, or wholly the subject's own words
     * including a first name ("Mr Morris" alone may be an unlisted father).
     */
    private Optional<KeepReason> keepUnlisted(String text) {
        TokenizedText words = TokenizedText.of(text);
        if (words.size() == 1 && Vocabulary.RELATIONSHIP_WORDS.contains(words.folded(0))) {
            return Optional.of(KeepReason.RELATIONSHIP_WORD);
        }
        boolean firstName = false;
        for (int i = 0; i < words.size(); i++) {
            String folded = words.folded(i);
            if (!subjectWords.contains(folded)) {
                return Optional.empty();
            }
            firstName |= subjectFirstNames.contains(folded);
        }
        return firstName ? Optional.of(KeepReason.DATA_SUBJECT) : Optional.empty();
    }

    /**
     * An email address built from the subject's or a staff member's names ("kayleigh.morris@...", "kmorris89@...",
     * see {@link EmailOwners}) is theirs.
     */
    private Optional<KeepReason> keepEmail(String email) {
        Optional<KeepReason> owner = emailOwners.owner(email);
        if (owner.isPresent()) {
            return owner;
        }
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        String[] parts = local.split("[._-]");
        if (parts.length >= 2 && allIn(parts, subjectWords)) {
            return Optional.of(KeepReason.DATA_SUBJECT_DETAILS);
        }
        if (parts.length >= 2 && allIn(parts, staffWords)) {
            return Optional.of(KeepReason.COUNCIL_STAFF_IN_ROLE);
        }
        return Optional.empty();
    }

    private static boolean allIn(String[] parts, Set<String> words) {
        for (String part : parts) {
            if (!words.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
