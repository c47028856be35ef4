package org.opensar.engine.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The council's staff directory CSV: columns in any order and case; every fault names its line. */
class StaffDirectoryCsvTest {

    @Test
    void readsNameJobTitleAndEmailInAnyOrder() {
        String csv = "Email,Name,Job Title\namrit.khan@northfield.gov.uk,Amrit Khan,Social Worker\n,Orla Doherty,\n";
        assertThat(StaffDirectoryCsv.read(new StringReader(csv), "staff.csv"))
                .containsExactly(
                        new StaffMember("Amrit Khan", "Social Worker", "amrit.khan@northfield.gov.uk"),
                        new StaffMember("Orla Doherty", "", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email,role\\nx@council.gov.uk,Social Worker                  | staff.csv line 1: the header needs a 'name' column
            name,email\\nAmrit Khan,a@c.gov.uk\\n,b@c.gov.uk             | staff.csv line 3: no name
            name,email\\nAmrit Khan,a@c.gov.uk,extra                     | staff.csv line 2: 3 fields where the header has 2
            name,email\\nAmrit Khan,not-an-address                       | staff.csv line 2: 'not-an-address' is not an e-mail address
            name,email\\n"Amrit Khan"x,a@c.gov.uk                        | staff.csv: not a readable CSV file
            """)
    void refusesAMalformedFileNamingTheLine(String csv, String message) {
        assertThatThrownBy(() -> StaffDirectoryCsv.read(new StringReader(csv.replace("\\n", "\n")), "staff.csv"))
                .isInstanceOf(InvalidStaffDirectoryException.class)
                .hasMessageStartingWith(message);
    }
}
