package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "03/02/2004 => 2004-02-03",
                "3.2.04 => 2004-02-03",
                "3.2.64 => 1964-02-03",
                "2004-02-03 => 2004-02-03",
                "3rd February 2004 => 2004-02-03",
                "Feb 3, 2004 => 2004-02-03",
                "3 of Feb 2004 => 2004-02-03"
            })
    void readsADateAsUkRecordsWriteIt(String written, LocalDate date) {
        assertThat(WrittenDates.parse(written)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "04/03/2019: went to school => 2019-03-04",
                "2019-3-4 | AM => 2019-03-04",
                "4th March: swimming => 2000-03-04",
                "29 Feb - quiet day => 2000-02-29",
                "March 4, 2019 tea => 2019-03-04",
                "5 Mar 2019 settled => 2019-03-05"
            })
    void readsTheDateAnEntryStartsWithTheYearOptional(String line, LocalDate date) {
        assertThat(WrittenDates.leading(line)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Seen on 04/03/2019", "31/02/2019 a", "1/13/2019 c", "4 Marching band", "2019/3/5", "12345"})
    void aLineThatDoesNotStartWithARealDateHasNone(String line) {
        assertThat(WrittenDates.leading(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4th March", "31/02/2019"})
    void aWholeDateNeedsItsYearAndTheCalendar(String written) {
        assertThat(WrittenDates.parse(written)).isEmpty();
    }
}
