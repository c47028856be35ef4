package org.opensar.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetailOwnershipTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ', Social Worker, '                              | true
            ', Personal Advisor, Leaving Care Team, '        | true
            ', Independent Reviewing Officer,\\n'           | true
            ' (Team Manager) tel. '                          | true
            ', Social Worker, 0131 496 0451, '               | true
            ' on '                                           | true
            ' said the new number is '                       | false
            ', Mum '                                         | false
            ', Social Worker.\\n'                            | false
            '\\n\\n'                                         | false
            ', who moved in with her Partner on '            | false
            """)
    void readsASignature(String between, boolean expected) {
        assertThat(DetailOwnership.signature(between.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' with her bank account. Her National Insurance number is ' | true
            ' with her bank account. Her National Insurance\\nnumber is ' | true
            ', DOB 29/02/2004, NHS number '                  | true
            ' gave me her mum''s National Insurance number, ' | false
            ' and her foster carer; NHS number '             | false
            ' rang.\\nNational Insurance number '            | false
            """)
    void keepsToTheSubject(String between, boolean expected) {
        assertThat(DetailOwnership.sameSubject(between.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
