package org.opensar.engine.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Map<DocumentKind, List<Template>> templates = Template.loadAll();

    @Test
    void everyKindHasEightTuningFamiliesAndTheHeldOutFamilyI() {
        assertThat(templates).containsOnlyKeys(DocumentKind.values());
        templates.forEach((kind, families) -> {
            assertThat(families)
                    .as(kind.id())
                    .extracting(Template::family)
                    .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I");
            assertThat(families)
                    .as(kind.id())
                    .extracting(Template::heldOut)
                    .containsExactly(false, false, false, false, false, false, false, false, true);
        });
    }

    private static Template heldOut(List<Template> families) {
        return families.stream().filter(Template::heldOut).findFirst().orElseThrow();
    }

    @Test
    void everyHeldOutFamilyIsAFullFormOfItsKind() {
        templates.forEach((kind, families) -> {
            Template c = heldOut(families);
            assertThat(c.titles()).as(kind.id()).isNotEmpty();
            assertThat(c.headers()).as(kind.id()).isNotEmpty();
            assertThat(c.entries()).as(kind.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(c.footers()).as(kind.id()).isNotEmpty();
        });
    }

    @Test
    void everyPlaceholderOfTheHeldOutFamilyRendersForEveryWriterAndSubject() {
        for (long castSeed = 1; castSeed <= 6; castSeed++) {
            Cast cast = new CastFactory(castSeed).create();
            for (List<Template> families : templates.values()) {
                Template c = heldOut(families);
                List<String> blocks = new ArrayList<>(c.headers());
                blocks.addAll(c.entries());
                blocks.addAll(c.footers());
                for (String writer : List.of("mum", "dad", "nan", "sib")) {
                    String author = c.kind().authorRole().equals("writer")
                            ? writer
                            : c.kind().authorRole();
                    for (String block : blocks) {
                        TemplateRenderer renderer = new TemplateRenderer(
                                cast,
                                CaseFileGenerator.keptWords(),
                                new Random(castSeed),
                                LocalDate.of(2015, 6, 7),
                                Map.of("writer", writer, "author", author));
                        String text = renderer.render(block).text();
                        assertThat(text)
                                .as(c.kind().id() + " family " + c.family())
                                .doesNotContain("{", "}", "[[", "]]")
                                .isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void everyBlockOfEveryTemplateRendersWithoutLeftovers() {
        Cast cast = new CastFactory(3).create();
        for (List<Template> families : templates.values()) {
            for (Template template : families) {
                List<String> blocks = new ArrayList<>(template.headers());
                blocks.addAll(template.entries());
                blocks.addAll(template.footers());
                for (String block : blocks) {
                    for (long seed = 0; seed < 5; seed++) {
                        TemplateRenderer renderer = new TemplateRenderer(
                                cast,
                                CaseFileGenerator.keptWords(),
                                new Random(seed),
                                LocalDate.of(2012, 3, 4),
                                Map.of("writer", "mum", "author", "sw"));
                        MarkedText text = renderer.render(block);
                        assertThat(text.text()).as(template.kind().id()).doesNotContain("{", "}", "[[", "]]");
                        text.thirdParty().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
                    }
                }
            }
        }
    }

    @Test
    void theParserRejectsAKindWithoutAHeldOutFamily() {
        List<String> onlyAToC = List.of(
                "@family A",
                "@title Note",
                "@entry",
                "Text.",
                "@family B",
                "@title Note",
                "@entry",
                "Text.",
                "@family C",
                "@title Note",
                "@entry",
                "Text.");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Template.parse(DocumentKind.CASE_NOTE, onlyAToC))
                .hasMessageContaining("held-out family " + Template.HELD_OUT_FAMILY);
    }

    @Test
    void theParserRejectsAKindWithOnlyTheHeldOutFamily() {
        List<String> onlyHeldOut = List.of("@family " + Template.HELD_OUT_FAMILY, "@title Note", "@entry", "Text.");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Template.parse(DocumentKind.CASE_NOTE, onlyHeldOut))
                .hasMessageContaining("tuning family");
    }
}
