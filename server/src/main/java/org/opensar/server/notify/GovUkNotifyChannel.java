package org.opensar.server.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Email through GOV.UK Notify's REST API: POST {@code /v2/notifications/email} with a bearer JWT (HS256) made from
 * the API key. A key is {@code name-SERVICE_ID-SECRET}, the last two 36-character UUIDs; the token's issuer is the
 * service id and it carries the time it was issued. The council's template in Notify has subject
 * {@code ((subject))} and body {@code ((body))}, so the text stays editable here.
 */
final class GovUkNotifyChannel implements EmailChannel {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String serviceId;
    private final byte[] secret;
    private final String templateId;
    private final URI endpoint;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    GovUkNotifyChannel(NotifyProperties properties, JsonMapper json, Clock clock) {
        String key = properties.notifyApiKey().strip();
        if (key.length() < 74) {
            throw new IllegalArgumentException("OPENSAR_NOTIFY_API_KEY is not a GOV.UK Notify API key");
        }
        this.serviceId = key.substring(key.length() - 73, key.length() - 37);
        this.secret = key.substring(key.length() - 36).getBytes(StandardCharsets.UTF_8);
        this.templateId = properties.notifyTemplateId();
        this.endpoint = URI.create(properties.notifyBaseUrl().replaceAll("/+$", "") + "/v2/notifications/email");
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "GOV.UK Notify";
    }

    @Override
    public void send(String to, String subject, String body, String reference) throws Exception {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("email_address", to);
        message.put("template_id", templateId);
        message.put("personalisation", Map.of("subject", subject, "body", body));
        if (reference != null) {
            message.put("reference", reference);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token())
                .header("User-Agent", "OpenSAR")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("GOV.UK Notify answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A JSON Web Token signed with HMAC-SHA256, as Notify expects: issuer and issued-at only. */
    String token() throws Exception {
        String header = URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(json.writeValueAsString(
                        Map.of("iss", serviceId, "iat", clock.instant().getEpochSecond()))
                .getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String signature = URL.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
        return header + "." + claims + "." + signature;
    }
}
