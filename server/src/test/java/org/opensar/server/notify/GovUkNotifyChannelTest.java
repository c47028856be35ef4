package org.opensar.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GOV.UK Notify adapter against a local HTTP server that checks what Notify checks: the path and the JWT. */
class GovUkNotifyChannelTest {

    private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final String API_KEY = "opensar_test-" + SERVICE_ID + "-" + SECRET;
    private static final Instant NOW = Instant.parse("2026-05-01T10:15:30Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpServer server;
    private final List<String[]> received = new ArrayList<>();
    private int answer = 201;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/notifications/email", exchange -> {
            received.add(new String[] {
                exchange.getRequestMethod(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
            });
            byte[] body = "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheEmailWithAJwtSignedByTheKeysSecret() throws Exception {
        channel().send("robin@example.org", "Your code", "Your code is 123456.", "SAR-2026-000001");

        assertThat(received).hasSize(1);
        assertThat(received.get(0)[0]).isEqualTo("POST");
        String token = received.get(0)[1].substring("Bearer ".length());
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(header.get("typ").asString()).isEqualTo("JWT");
        assertThat(claims.get("iss").asString()).isEqualTo(SERVICE_ID);
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertThat(parts[2]).isEqualTo(expected);

        JsonNode body = JSON.readTree(received.get(0)[2]);
        assertThat(body.get("email_address").asString()).isEqualTo("robin@example.org");
        assertThat(body.get("template_id").asString()).isEqualTo("f33517ff-2a88-4f6e-b855-c550268ce08a");
        assertThat(body.at("/personalisation/subject").asString()).isEqualTo("Your code");
        assertThat(body.at("/personalisation/body").asString()).isEqualTo("Your code is 123456.");
        assertThat(body.get("reference").asString()).isEqualTo("SAR-2026-000001");
    }

    @Test
    void anErrorFromNotifyIsReported() {
        answer = 403;
        assertThatThrownBy(() -> channel().send("robin@example.org", "s", "b", null))
                .hasMessageContaining("GOV.UK Notify answered 403");
    }

    @Test
    void aKeyThatIsNotANotifyKeyIsRefused() {
        assertThatThrownBy(() -> new GovUkNotifyChannel(properties("not-a-key"), JSON, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private GovUkNotifyChannel channel() {
        return new GovUkNotifyChannel(properties(API_KEY), JSON, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private NotifyProperties properties(String key) {
        return new NotifyProperties(
                null,
                null,
                0,
                null,
                null,
                null,
                key,
                "f33517ff-2a88-4f6e-b855-c550268ce08a",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                null);
    }
}
