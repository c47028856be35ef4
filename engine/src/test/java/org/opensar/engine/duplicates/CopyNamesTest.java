package org.opensar.engine.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "documents/Copy of Care Plan.docx, true",
        "documents/Care Plan - Copy.docx, true",
        "documents/2013/Uploads/2013-09-03 PEP Review 9 copy 21.docx, true",
        "documents/Care Plan (1).pdf, true",
        "documents/Care Plan.docx, false",
        "documents/Copyright notice.pdf, false",
        "documents/copy/Care Plan.docx, false",
        "documents/Plan 1.pdf, false"
    })
    void recognisesFilesNamedAsCopies(String file, boolean copy) {
        assertThat(CopyNames.namedAsCopy(file)).isEqualTo(copy);
    }
}
