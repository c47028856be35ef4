package org.opensar.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispositionModelTest {

    static final String POLICE = "police information";
    static final String CASE_NOTES = "case notes";

    /**
     * Six police reports and six case notes, each worded a little differently, as features: each word in three
     * documents, the least a feature needs to be learned.
     */
    static List<DispositionModel.Example> examples() {
        List<DispositionModel.Example> examples = new ArrayList<>();
        String[] police = {"w:arrested", "w:custody", "w:constable", "w:incident", "w:officer", "w:crime"};
        String[] notes = {"w:visited", "w:bedroom", "w:school", "w:contact", "w:drawings", "w:swimming"};
        for (int i = 0; i < 6; i++) {
            examples.add(new DispositionModel.Example(
                    List.of("h:police", police[i], police[(i + 1) % 6], police[(i + 2) % 6], "size:7"), POLICE));
            examples.add(new DispositionModel.Example(
                    List.of("t:note", notes[i], notes[(i + 1) % 6], notes[(i + 2) % 6], "size:7"), CASE_NOTES));
        }
        return examples;
    }

    static DispositionModel trained() {
        return DispositionModel.train(examples(), DispositionModel.Training.DEFAULT);
    }

    @Test
    void learnsWhichWordsMarkWhichCategory() {
        DispositionModel model = trained();

        DispositionModel.Prediction police = model.predict(List.of("h:police", "w:custody", "size:7"));
        DispositionModel.Prediction note = model.predict(List.of("w:bedroom", "w:contact", "size:7"));

        assertThat(police.category()).isEqualTo(POLICE);
        assertThat(police.probability()).isGreaterThan(0.8);
        assertThat(police.strongest()).startsWith("h:police").doesNotContain("size:7");
        assertThat(note.category()).isEqualTo(CASE_NOTES);
        assertThat(model.categories()).containsExactlyInAnyOrder(POLICE, CASE_NOTES);
    }

    @Test
    void aFeatureSeenInTooFewDocumentsIsNotLearned() {
        List<DispositionModel.Example> examples = new ArrayList<>(examples());
        examples.add(new DispositionModel.Example(List.of("w:rare", "t:note"), POLICE));
        examples.add(new DispositionModel.Example(List.of("w:rare", "t:note"), POLICE));
        DispositionModel model = DispositionModel.train(examples, DispositionModel.Training.DEFAULT);

        DispositionModel.Prediction rare = model.predict(List.of("w:rare", "t:note"));

        assertThat(rare.category()).isEqualTo(CASE_NOTES);
        assertThat(rare.strongest()).containsExactly("t:note");
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        DispositionModel model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);

        DispositionModel read = DispositionModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        List<String> features = List.of("h:police", "w:visited", "w:crime");
        assertThat(read.predict(features)).isEqualTo(model.predict(features));
    }

    @Test
    void aModelIsLoadedFromAFileOrBuiltIn(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("model.bin");
        try (var out = Files.newOutputStream(file)) {
            trained().write(out);
        }

        assertThat(DispositionModel.load(file.toString()).categories()).contains(POLICE);
        assertThat(DispositionModel.load("care-leaver-model.bin").categories()).contains(CASE_NOTES);
        assertThatThrownBy(() -> DispositionModel.load("no-such-model.bin"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("'no-such-model.bin' is neither a file nor built in");
        Path broken = Files.writeString(tmp.resolve("broken.bin"), "not a model");
        assertThatThrownBy(() -> DispositionModel.load(broken.toString()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("cannot read the policy's model");
    }
}
