package org.opensar.engine.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

class RedactionCoverageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "redactions {0}, occurrences {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Donna Morris;Donna      | Donna;Donna Morris        | true;true
            Donna;Donna Morris      | Donna Morris;Donna        | true;true
            Donna Morris            | Donna;Donna Morris        | true;false
            Donna\\nMorris          | Donna Morris              | true
            (0131) 496 0462         | (0131) 496 0462;0131 496 0462 | true;false
            Donna                   | Donna Morris              | false
            """)
    void claimsEachRedactionForOneOccurrence(String redactions, String occurrences, String expected) {
        ArrayNode array = JSON.createArrayNode();
        for (String text : redactions.split(";")) {
            array.addObject().put("text", text.replace("\\n", "\n"));
        }
        RedactionCoverage coverage = RedactionCoverage.of(array);
        List<String> claimed = Arrays.stream(occurrences.split(";"))
                .map(occurrence -> String.valueOf(coverage.claimCovering(occurrence)))
                .toList();
        assertThat(claimed).containsExactly(expected.split(";"));
    }
}
