package org.opensar.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With OPENSAR_OIDC_ISSUER set, sign-in goes to the council's identity provider: discovered from the issuer's
 * published configuration (served here by a small local provider) and offered on the sign-in page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "opensar.db.home=target/it-data/oidc-${random.uuid}",
            "opensar.staff.oidc-client-id=opensar",
            "opensar.staff.oidc-client-secret=not-a-real-secret"
        })
class OidcSignInIT {

    private static final HttpServer PROVIDER = startProvider();

    @LocalServerPort
    private int port;

    private static HttpServer startProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String configuration = """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                     "jwks_uri": "%1$s/jwks", "userinfo_endpoint": "%1$s/userinfo",
                     "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                byte[] body = configuration.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(
                "opensar.staff.oidc-issuer",
                () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInPageOffersTheCouncilAccount() throws Exception {
        assertThat(get("/sign-in").body()).contains("/oauth2/authorization/council");
    }

    @Test
    void signingInWithTheCouncilAccountGoesToItsIdentityProvider() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/council");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .startsWith("http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/authorize?")
                .contains("client_id=opensar")
                .contains("scope=openid%20email%20profile");
    }
}
