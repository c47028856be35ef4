package org.opensar.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.opensar.server.staff.Role;
import org.opensar.server.staff.StaffAccounts;
import org.opensar.server.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole server on a random port against a real PostgreSQL, the embedded one
 * the product itself starts, in a fresh folder per test run. Spring caches the context, so PostgreSQL starts once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "opensar.db.home=target/it-data/${random.uuid}",
            "opensar.staff.admin-password=administrator-password",
            // the tests' own requests stand for a reverse proxy's, to check what is believed of one
            "opensar.staff.trusted-proxies=127.0.0.1,::1",
        })
public abstract class IntegrationTest {

    public static final String PASSWORD = "correct-horse-battery";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private StaffDirectory directory;

    @Autowired
    private org.springframework.web.context.WebApplicationContext context;

    /** The server's pages and API called in-process, through its security filters, without a port. */
    protected org.springframework.test.web.servlet.MockMvc mockMvc() {
        return org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** A staff account with this role exists (created once), and its username is returned. */
    protected String staff(Role role) {
        String username = role.name().toLowerCase().replace('_', '-');
        if (directory.find(username).isEmpty()) {
            accounts.create(username, role.label(), username + "@council.example", role, PASSWORD, "test");
        }
        return username;
    }

    /** Records a request as an IG officer through the API and returns its reference. */
    protected String newRequest(java.util.Map<String, Object> request) {
        Response created = call("POST", "/api/requests", staff(Role.IG_OFFICER), request);
        if (created.status() != 201) {
            throw new AssertionError("could not create the request: " + created.body());
        }
        return created.json().at("/request/reference").asString();
    }

    /** A response: status and body. */
    protected record Response(int status, String body, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    protected Response call(String method, String path, String username, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(
                                            body instanceof String s ? s : JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json");
            if (username != null) {
                String credentials = username + ":" + PASSWORD;
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
