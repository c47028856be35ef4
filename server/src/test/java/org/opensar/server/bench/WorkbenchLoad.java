package org.opensar.server.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.server.OpenSarApplication;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestType;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.opensar.server.staff.StaffAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load the issue names: 20 officers at once on the request list and the case pages of a 5,000-document case,
 * against the real server on its embedded PostgreSQL. The case is seeded straight into the tables (its documents,
 * texts of about 3,000 characters, four proposed redactions each), as processing would leave it, with 300 other
 * requests in the list. Prints each page's median, 95th percentile and worst time as the client saw them on
 * loopback, and as the server saw them (from the request's arrival to its last byte).
 *
 * <p>Run: {@code ./mvnw -q -B -DskipTests install && ./mvnw -q -B -pl server
 * org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.mainClass=org.opensar.server.bench.WorkbenchLoad
 * -Dexec.classpathScope=test [-Dexec.args="OFFICERS ROUNDS THINK_MS"]}: OFFICERS 20, ROUNDS 10 and THINK_MS 0 (each
 * officer loads the next page the moment the last arrives: far harsher than people reading pages) by default.
 */
public final class WorkbenchLoad {

    private static final String PASSWORD = "load-test-password";

    /** The header that marks a request as one of the measured rounds (not sign-in, nor the warm-up round). */
    private static final String MEASURED = "X-Load-Measured";

    private WorkbenchLoad() {}

    public static void main(String[] args) throws Exception {
        int officers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long thinkMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        ConfigurableApplicationContext server = new SpringApplication(OpenSarApplication.class, ServerTimes.class)
                .run(
                        "--opensar.db.home=target/load-data/" + UUID.randomUUID(),
                        "--server.port=0",
                        "--opensar.staff.admin-password=administrator-password",
                        "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            String reference = seed(server, officers);
            long firstDocument = server.getBean(JdbcClient.class)
                    .sql("select min(d.id) from case_document d join case_file f on f.id = d.case_file_id"
                            + " where f.reference = :r")
                    .param("r", reference)
                    .query(Long.class)
                    .single();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("request list", "/requests");
            pages.put("request page", "/requests/" + reference);
            pages.put("review, first 50 documents", "/requests/" + reference + "/review");
            pages.put("review, needing a decision", "/requests/" + reference + "/review?needsReview=true");
            pages.put("review, page 60", "/requests/" + reference + "/review?page=60");
            pages.put("document viewer", "/requests/" + reference + "/review/documents/" + (firstDocument + 2500));
            pages.put("quality check", "/requests/" + reference + "/quality-check");
            run(port, officers, rounds, thinkMillis, pages, server.getBean(ServerTimes.class));
        } finally {
            server.close();
        }
    }

    private static void run(
            int port, int officers, int rounds, long thinkMillis, Map<String, String> pages, ServerTimes serverTimes)
            throws Exception {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        pages.keySet().forEach(page -> times.put(page, new CopyOnWriteArrayList<>()));
        ExecutorService pool = Executors.newFixedThreadPool(officers);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        for (int o = 0; o < officers; o++) {
            String username = "officer-" + o;
            pool.submit(() -> {
                try {
                    HttpClient client = signedIn(port, username);
                    // one round unmeasured: a server that has run all day has its code compiled and its caches warm
                    for (String path : pages.values()) {
                        load(client, port, path, false);
                    }
                    // officers do not all click at the same instant: each starts somewhere in the first pause
                    Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                    for (int r = 0; r < rounds; r++) {
                        for (Map.Entry<String, String> page : pages.entrySet()) {
                            long start = System.nanoTime();
                            load(client, port, page.getValue(), true);
                            times.get(page.getKey()).add((System.nanoTime() - start) / 1000);
                            Thread.sleep(thinkMillis);
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the load failed: " + failures.get(0), failures.get(0));
        }
        System.out.printf(
                "%d officers at once, %d rounds of %d pages each, %d ms between pages, 5,000-document case: %.0f pages/s%n",
                officers, rounds, pages.size(), thinkMillis, officers * rounds * pages.size() / seconds);
        System.out.println("client time (server time, loopback and the client's own wait for a CPU):");
        print(times);
        Map<String, List<Long>> server = new LinkedHashMap<>();
        pages.forEach((page, path) -> server.put(page, serverTimes.of(path)));
        System.out.println("server time (from the request's arrival in the server to its last byte written):");
        print(server);
    }

    private static void print(Map<String, List<Long>> times) {
        System.out.printf("%-30s %10s %10s %10s%n", "page", "median ms", "p95 ms", "worst ms");
        times.forEach((page, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf(
                    "%-30s %10.1f %10.1f %10.1f%n",
                    page,
                    sorted.get(sorted.size() / 2) / 1000.0,
                    sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0);
        });
    }

    /**
     * The server's own time for each request, in microseconds by path and query: a filter ahead of every other
     * (security included) that times the request until its response is written. A source of the harness's
     * application only, not a {@code @Configuration}, so the integration tests' component scan leaves it out.
     */
    static class ServerTimes {

        private final Map<String, List<Long>> byPath = new ConcurrentHashMap<>();

        List<Long> of(String pathAndQuery) {
            return byPath.getOrDefault(pathAndQuery, List.of());
        }

        @Bean
        FilterRegistrationBean<Filter> serverTiming() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                long start = System.nanoTime();
                chain.doFilter(request, response);
                response.flushBuffer();
                if ("true".equals(http.getHeader(MEASURED))) {
                    String key =
                            http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
                    byPath.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
                            .add((System.nanoTime() - start) / 1000);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static void load(HttpClient client, int port, String path, boolean measured) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(MEASURED, Boolean.toString(measured))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " gave " + response.statusCode());
        }
    }

    /** A client signed in through the sign-in form, with its session cookie. */
    private static HttpClient signedIn(int port, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/sign-in")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return client;
    }

    /** The officers, 300 requests, and one with a 5,000-document processed case file; returns its reference. */
    private static String seed(ConfigurableApplicationContext server, int officers) {
        StaffAccounts accounts = server.getBean(StaffAccounts.class);
        for (int o = 0; o < officers; o++) {
            accounts.create(
                    "officer-" + o,
                    "Officer " + o,
                    "officer" + o + "@council.example",
                    Role.IG_OFFICER,
                    PASSWORD,
                    "load");
        }
        Casework casework = server.getBean(Casework.class);
        Actor actor = new Actor("officer-0", Set.of(Role.IG_OFFICER));
        InformationRequest request = null;
        for (int i = 0; i < 300; i++) {
            request = casework.receive(
                    BenchRequests.byEmail(
                            RequestType.CARE_LEAVER_SAR,
                            LocalDate.now().minusDays(i % 60),
                            "Requester " + i,
                            "requester" + i + "@example.org"),
                    actor);
        }
        UUID caseFile = UUID.randomUUID();
        JdbcClient jdbc = server.getBean(JdbcClient.class);
        jdbc.sql("""
                insert into case_file (id, request_id, reference, source, folder, status, documents, attached_by,
                    attached_at, processed_at)
                values (:id, :request, :reference, 'SERVER_FOLDER', '/nowhere', 'PROCESSED', 5000, 'load', now(), now())""")
                .param("id", caseFile)
                .param("request", request.id())
                .param("reference", request.reference().value())
                .update();
        jdbc.sql("""
                insert into case_document (case_file_id, ordinal, file, metadata_title, document_date, state,
                    processed_at, title, pages, text, page_starts, engine_disposition, engine_reason,
                    engine_explanation, engine_evidence, engine_confidence, disposition, reason, explanation)
                select :id, n, 'documents/' || n || '.pdf', 'Case note ' || n, date '2010-01-01' + n, 'DONE', now(),
                    'Case note ' || n, 2, repeat('Home visit. Jordan spoke about school and football. ', 60),
                    '{0,1500}', d, r, 'explained', '{heading: Case note}', 0.9, d, r, 'explained'
                from generate_series(0, 4999) n,
                     lateral (select case when n % 10 = 0 then 'REVIEW' when n % 7 = 0 then 'WITHHOLD'
                                          else 'DISCLOSE' end as d,
                                     case when n % 10 = 0 then 'UNCERTAIN' when n % 7 = 0 then 'THIRD_PARTY_SOURCE'
                                          else 'CASE_NOTE' end as r) x""").param("id", caseFile).update();
        jdbc.sql("""
                insert into redaction (document_id, start_offset, end_offset, page, text, type, reason, recognizer,
                    score, explanation, origin, decision)
                select d.id, k * 100, k * 100 + 6, 1, 'Jordan', 'PERSON', 'THIRD_PARTY_NAME', 'names', 0.9,
                    'a third party', 'ENGINE', case when d.ordinal % 3 = 0 then 'ACCEPTED' else 'PROPOSED' end
                from case_document d, generate_series(1, 4) k where d.case_file_id = :id""").param("id", caseFile).update();
        jdbc.sql("analyze").update();
        return request.reference().value();
    }
}
