package org.opensar.engine.generate;

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
    void everyKindHasAnOrdinaryAndAHeldOutFamily() {
        assertThat(templates).containsOnlyKeys(DocumentKind.values());
        templates
                .values()
                .forEach(families ->
                        assertThat(families).extracting(Template::heldOut).containsExactlyInAnyOrder(false, true));
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
        List<String> onlyA = List.of("@family A", "@title Note", "@entry", "Text.");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Template.parse(DocumentKind.CASE_NOTE, onlyA))
                .hasMessageContaining("families A and B");
    }
}
