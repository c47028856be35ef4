package org.opensar.engine.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shipped copy of GOV.UK's bank holidays and gives each day its readable name. */
final class BundledHolidays {

    static final String RESOURCE = "uk-bank-holidays.json";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("new_year", "New Year's Day"),
            Map.entry("2nd_january", "2nd January"),
            Map.entry("st_patrick", "St Patrick's Day"),
            Map.entry("good_friday", "Good Friday"),
            Map.entry("easter_monday", "Easter Monday"),
            Map.entry("early_may", "Early May bank holiday"),
            Map.entry("early_may_ve", "Early May bank holiday (VE Day)"),
            Map.entry("spring", "Spring bank holiday"),
            Map.entry("world_cup", "World Cup bank holiday"),
            Map.entry("queen_platinum", "Platinum Jubilee bank holiday"),
            Map.entry("battle_boyne", "Battle of the Boyne (Orangemen's Day)"),
            Map.entry("summer", "Summer bank holiday"),
            Map.entry("late_august", "Summer bank holiday"),
            Map.entry("queens_bank_holiday", "Bank holiday for the State Funeral of Queen Elizabeth II"),
            Map.entry("kings_coronation", "Bank holiday for the coronation of King Charles III"),
            Map.entry("st_andrew", "St Andrew's Day"),
            Map.entry("christmas", "Christmas Day"),
            Map.entry("boxing_day", "Boxing Day"));

    /** Holidays on a fixed date; when the data puts one on another date, it is the substitute day. */
    private static final Map<String, MonthDay> FIXED_DATES = Map.of(
            "new_year", MonthDay.of(1, 1),
            "2nd_january", MonthDay.of(1, 2),
            "st_patrick", MonthDay.of(3, 17),
            "battle_boyne", MonthDay.of(7, 12),
            "st_andrew", MonthDay.of(11, 30),
            "christmas", MonthDay.of(12, 25),
            "boxing_day", MonthDay.of(12, 26));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BundledHolidays() {}

    static List<PublicHoliday> load() {
        try (InputStream in = BundledHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine jar");
            }
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<PublicHoliday> parse(JsonNode root) {
        List<PublicHoliday> holidays = new ArrayList<>();
        for (Nation nation : Nation.values()) {
            for (JsonNode day : root.path("divisions").path(nation.id())) {
                LocalDate date = LocalDate.parse(day.path("date").asString());
                holidays.add(
                        new PublicHoliday(date, nation, name(day.path("name").asString(), date)));
            }
        }
        return holidays;
    }

    static String name(String code, LocalDate date) {
        String name = NAMES.get(code);
        if (name == null) {
            throw new IllegalStateException(RESOURCE + " has a holiday '" + code + "' on " + date
                    + " that has no readable name: add it to " + BundledHolidays.class.getSimpleName());
        }
        MonthDay fixed = FIXED_DATES.get(code);
        return fixed != null && !fixed.equals(MonthDay.from(date)) ? name + " (substitute day)" : name;
    }
}
