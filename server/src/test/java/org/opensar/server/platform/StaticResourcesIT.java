package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;

class StaticResourcesIT extends IntegrationTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageLinksItsFilesByVersionAndEachIsServedToBeKept() throws Exception {
        String page = get("/sign-in").body();
        List<String> files = LINKED.matcher(page).results().map(m -> m.group(1)).toList();

        assertThat(files)
                .anyMatch(f -> f.startsWith("/webjars/govuk-frontend/5.") && f.endsWith("/govuk-frontend.min.css"))
                .anyMatch(f -> f.matches("/css/opensar-[0-9a-f]{32}\\.css"));
        for (String file : files) {
            HttpResponse<String> response = get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(file)
                    .hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
        }
    }

    @Test
    void onlyTheFileFoldersAreServedFromTheClasspath() throws Exception {
        assertThat(get("/application.yml").statusCode()).isNotEqualTo(200);
        assertThat(get("/templates/layout.html").statusCode()).isNotEqualTo(200);
        assertThat(get("/js/no-such-script.js").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
