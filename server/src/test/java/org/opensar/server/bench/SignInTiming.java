package org.opensar.server.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.server.OpenSarApplication;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestType;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whether the requester's sign-in tells a real reference from an unknown one by its time: against the real server
 * on its embedded PostgreSQL, asks for a code, and then tries a wrong code, for a reference that exists (with an
 * email address) and for one that does not, in turns, each from a fresh browser session, and prints the median and
 * 90th percentile of each as the client saw them on loopback. Emails are not configured, so none is sent; the
 * work up to the email is the same as with one. The first {@code WARMUP} rounds are not counted.
 *
 * <p>Run (after {@code ./mvnw -B -o -pl server -am test-compile}): see docs/measurements.md, "Sign-in timing";
 * {@code -Dexec.args="ROUNDS WARMUP"}, 400 and 100 by default.
 */
public final class SignInTiming {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private SignInTiming() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ConfigurableApplicationContext server = SpringApplication.run(
                OpenSarApplication.class,
                "--opensar.db.home=target/bench-data/" + UUID.randomUUID(),
                "--server.port=0",
                "--opensar.staff.admin-password=administrator-password",
                "--opensar.public.code-requests-per-window=1000000",
                "--opensar.public.codes-per-reference-per-window=1000000",
                "--opensar.public.code-attempts-per-window=1000000",
                "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            String known = server.getBean(Casework.class)
                    .receive(
                            BenchRequests.byEmail(
                                    RequestType.SAR, LocalDate.now(), "Timing Requester", "timing@example.org"),
                            new Actor("bench", java.util.Set.of(Role.IG_OFFICER)))
                    .reference()
                    .value();
            String unknown = known.substring(0, known.length() - 6) + "999999";
            List<Long> askKnown = new ArrayList<>();
            List<Long> askUnknown = new ArrayList<>();
            List<Long> checkKnown = new ArrayList<>();
            List<Long> checkUnknown = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                boolean counted = round >= warmup;
                // alternate which goes first, so neither always follows the other
                for (String reference : round % 2 == 0 ? List.of(known, unknown) : List.of(unknown, known)) {
                    long[] times = signIn(port, reference);
                    if (counted) {
                        (reference.equals(known) ? askKnown : askUnknown).add(times[0]);
                        (reference.equals(known) ? checkKnown : checkUnknown).add(times[1]);
                    }
                }
            }
            System.out.printf(
                    "%d rounds after %d warm-up; times in microseconds, client side, loopback%n", rounds, warmup);
            System.out.printf("%-34s %10s %10s%n", "", "median", "p90");
            print("ask for a code, known reference", askKnown);
            print("ask for a code, unknown reference", askUnknown);
            print("wrong code, known reference", checkKnown);
            print("wrong code, unknown reference", checkUnknown);
        } finally {
            server.close();
        }
    }

    /** Asks for a code for the reference, waits for the background work, tries a wrong code: the two times, in µs. */
    private static long[] signIn(int port, String reference) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrf(get(client, port, "/public/your-request"));
        long start = System.nanoTime();
        HttpResponse<String> asked =
                post(client, port, "/public/your-request/sign-in", "reference=" + reference, token);
        long ask = System.nanoTime() - start;
        if (asked.statusCode() != 302) {
            throw new IllegalStateException("asking for a code answered " + asked.statusCode());
        }
        String codePage = get(client, port, "/public/your-request/code");
        Thread.sleep(20); // the code is stored in the background
        start = System.nanoTime();
        HttpResponse<String> checked = post(client, port, "/public/your-request/code", "code=000000", csrf(codePage));
        long check = System.nanoTime() - start;
        if (!checked.body().contains("The code is wrong or has expired")) {
            throw new IllegalStateException("a wrong code answered " + checked.statusCode());
        }
        return new long[] {ask / 1000, check / 1000};
    }

    private static String get(HttpClient client, int port, String path) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static HttpResponse<String> post(HttpClient client, int port, String path, String form, String token)
            throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private static void print(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(
                "%-34s %10d %10d%n", what, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)));
    }
}
