package org.opensar.server.publicservice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.opensar.server.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the public-service tests: the whole server, emailing through an in-process SMTP server (GreenMail), with
 * a 1 MB upload limit so a too-large file is quick to make. The browser tests and the other public-service tests
 * share this one context.
 */
@TestPropertySource(
        properties = {
            "opensar.public.upload-max-size=1MB",
            "opensar.public.forms-per-window=1000",
            "opensar.public.uploads-per-window=1000",
            "opensar.public.code-requests-per-window=1000",
            "opensar.public.code-attempts-per-window=1000",
            "opensar.notify.requester-page-url=http://localhost/public/your-request",
        })
abstract class PublicServiceTest extends IntegrationTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("opensar.notify.smtp-host", () -> "localhost");
        registry.add("opensar.notify.smtp-port", () -> MAIL.getSmtp().getPort());
        registry.add("opensar.notify.smtp-start-tls", () -> "false");
    }

    /** The answers of an online subject access request for oneself, delivered electronically. */
    static Map<String, String> sarAnswers(
            String fullName, String dateOfBirth, String email, String address, String wanted) {
        return Map.of(
                "fullName", fullName,
                "dateOfBirth", dateOfBirth,
                "email", email,
                "address", address,
                "wanted", wanted,
                "delivery", "ELECTRONIC");
    }

    /** The first email to this address whose subject matches, waiting up to 10 seconds for it. */
    static MimeMessage email(String to, Predicate<String> subject) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(to) && subject.test(subject(m)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no email to " + to + " with that subject arrived");
    }

    /** The newest email to this address with a code in it: the code. */
    static String latestCode(String to, int alreadySeen) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var codes = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(to) && subject(m).startsWith("Your code"))
                    .toList();
            if (codes.size() > alreadySeen) {
                var matcher = java.util.regex.Pattern.compile("Your code is (\\d{6})")
                        .matcher(body(codes.get(codes.size() - 1)));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no new code arrived for " + to);
    }

    static long codesSentTo(String to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(to) && subject(m).startsWith("Your code"))
                .count();
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
