package org.opensar.engine.detect;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capitalised words and phrases that name no person, from well-kept data rather than hand-typed lists: the names of
 * territories, cities, languages and dialects ("Swiss German", "Australian English") and the months and weekdays
 * of CLDR (through ICU4J, in British English); the peoples' adjectives those names give ("Kenya" gives "Kenyan"
 * where the dictionary has that word); the United Kingdom's council areas (Debian's iso-codes); and the words of
 * organisations and forms ({@code organisation-words.txt}, {@code form-words.txt}). Built once, shared read-only.
 * Every look-up takes a folded word, or folded words joined by single spaces.
 */
final class NotNames {

    private static final List<String> PEOPLE_SUFFIXES = List.of("n", "an", "ian", "ese", "i", "ish", "ic");
    private static final Set<String> JOINING_WORDS = Set.of("and", "of", "the", "de", "da", "du", "la", "le", "&");
    /** Built last of the statics: its constructor reads the lists above. */
    private static final NotNames INSTANCE = new NotNames();

    private final Set<String> places = new HashSet<>();
    private final Set<String> territories = new HashSet<>();
    private final Set<String> peoples = new HashSet<>();
    private final Set<String> calendar = new HashSet<>();
    private final Set<String> organisationWords = WordList.load("organisation-words.txt");
    private final Set<String> formWords = WordList.load("form-words.txt");

    private NotNames() {
        NameLists lists = NameLists.instance();
        LocaleDisplayNames names =
                LocaleDisplayNames.getInstance(ULocale.UK, LocaleDisplayNames.DialectHandling.DIALECT_NAMES);
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String place = names.regionDisplayName(region.toString());
            if (place != null && !place.equals(region.toString())) {
                addPlace(place);
                territories.add(String.join(" ", FoldedWords.words(TokenizedText.fold(place))));
            }
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.UK);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(zone);
            if (city != null) {
                addPlace(city);
            }
        }
        WordList.load("uk-places.txt").forEach(this::addPlace);
        for (String language : ULocale.getISOLanguages()) {
            addPeople(names.languageDisplayName(language), language);
        }
        for (ULocale locale : ULocale.getAvailableLocales()) {
            addPeople(names.localeDisplayName(locale), locale.toString());
        }
        for (String place : Set.copyOf(places)) {
            if (place.indexOf(' ') < 0) {
                peoplesOf(place, lists);
            }
        }
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.UK);
        for (String[] words : List.of(
                symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(), symbols.getShortWeekdays())) {
            for (String word : words) {
                if (!word.isEmpty()) {
                    calendar.add(TokenizedText.fold(word));
                }
            }
        }
    }

    static NotNames instance() {
        return INSTANCE;
    }

    /**
     * A word that is never a person's name alone: a service, organisation or form word, or a month or weekday that is
     * no first name ("Monday", "Mondays", "Nov"; not "May").
     */
    boolean neverAName(String folded) {
        String singular = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        return Vocabulary.NOT_NAMES.contains(folded)
                || Vocabulary.NOT_NAMES.contains(singular)
                || formWords.contains(folded)
                || organisationWords.contains(folded)
                || calendar.contains(folded) && !NameLists.instance().isFirstName(folded)
                || calendar.contains(singular) && !singular.equals(folded);
    }

    /** A territory, city or UK council area: "poland", "mexico city", "barnsley". */
    boolean isPlace(String folded) {
        return places.contains(folded);
    }

    /** A people's or language's word, or its plural: "swiss", "australian", "polish", "urdu", "palestinians". */
    boolean isPeople(String folded) {
        return peoples.contains(folded)
                || folded.endsWith("s") && peoples.contains(folded.substring(0, folded.length() - 1));
    }

    /** A country or territory ("china", "israel"), as against a city or council area. */
    boolean isTerritory(String folded) {
        return territories.contains(folded);
    }

    /** A month or weekday, written out or short: "november", "nov", "sept", "tue". */
    boolean isCalendarWord(String folded) {
        return calendar.contains(folded);
    }

    /** A word of an organisation's or venue's name: "academy", "community", "ltd", "united". */
    boolean isOrganisationWord(String folded) {
        return organisationWords.contains(folded);
    }

    /** A form's label, heading word or greeting: "case", "sig", "part-time", "hi". */
    boolean isFormWord(String folded) {
        return formWords.contains(folded);
    }

    private void addPlace(String name) {
        String folded = TokenizedText.fold(name.strip()).replace('’', '\'');
        places.add(String.join(" ", FoldedWords.words(folded)));
    }

    /** Every capitalised word of a language or dialect's name ("Swiss German": swiss, german), never its code. */
    private void addPeople(String name, String code) {
        if (name == null || name.equalsIgnoreCase(code)) {
            return;
        }
        for (String word : FoldedWords.words(TokenizedText.fold(name))) {
            if (word.length() > 2 && !JOINING_WORDS.contains(word)) {
                peoples.add(word);
            }
        }
    }

    /** "Kenya" gives "Kenyan", "Pakistan" "Pakistani", "China" "Chinese": the forms the dictionary knows. */
    private void peoplesOf(String place, NameLists lists) {
        String stem = place.endsWith("a") || place.endsWith("y") || place.endsWith("e")
                ? place.substring(0, place.length() - 1)
                : place;
        for (String suffix : PEOPLE_SUFFIXES) {
            for (String candidate : List.of(place + suffix, stem + suffix)) {
                if (lists.isEnglishWord(candidate) || lists.isOtherProperNoun(candidate)) {
                    peoples.add(candidate);
                }
            }
        }
    }
}
