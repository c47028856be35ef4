package org.opensar.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in to the staff pages, as a browser does it: the page to return to, the headers, the session cookie, and
 * the throttle on guessing passwords (each test from addresses of its own, so that no other test is locked out).
 */
class SignInIT extends IntegrationTest {

    private static final String BROWSER_PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String BROWSER_FONT = "application/font-woff2;q=1.0,application/font-woff;q=0.9,*/*;q=0.8";

    private static final java.util.concurrent.atomic.AtomicInteger ACCOUNTS =
            new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = mockMvc();
    }

    @Test
    void aFontRequestedBeforeSigningInIsNotWhereSigningInLeads() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/requests").session(session).header("Accept", BROWSER_PAGE));
        MockHttpServletResponse font = mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")
                        .session(session)
                        .header("Accept", BROWSER_FONT))
                .andReturn()
                .getResponse();

        String landing = signIn(session);

        assertThat(font.getStatus()).as("a file, not a sign-in redirect").isEqualTo(404);
        assertThat(landing).startsWith("/requests").doesNotContain("/assets");
    }

    @Test
    void aFontAloneLeavesTheHomePageAsTheLanding() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(
                get("/assets/fonts/light-94a07e06a1-v2.woff2").session(session).header("Accept", BROWSER_FONT));
        mvc.perform(get("/js/init.js").session(session).header("Accept", "*/*"));

        assertThat(signIn(session)).isEqualTo("/");
        assertThat(mvc.perform(get("/").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the home page sends an officer to the requests")
                .isEqualTo("/requests");
    }

    @Test
    void thePageAskedForIsWhereSigningInLeads() throws Exception {
        String reference = newRequest(org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest()
                .json());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/requests/" + reference).session(session).header("Accept", BROWSER_PAGE));

        assertThat(signIn(session)).startsWith("/requests/" + reference);
    }

    @Test
    void staffPagesTellBrowsersToSendNoReferrerAwayAndToLoadNoPluginsOrForeignBase() throws Exception {
        HttpResponse<String> page = fetch("/sign-in", Map.of());

        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("object-src 'none'", "base-uri 'self'"));
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserUsedHttpsAtTheProxy() throws Exception {
        String overHttps = sessionCookie(fetch("/sign-in", Map.of("X-Forwarded-Proto", "https")));
        String overHttp = sessionCookie(fetch("/sign-in", Map.of()));

        assertThat(overHttps).contains("Secure", "HttpOnly");
        assertThat(overHttp).doesNotContain("Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<String> fetch(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aGuessedAccountIsLockedAfterFiveWrongPasswordsEvenForTheRightOneAndFromElsewhere() throws Exception {
        String account = anAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(apiAs(account, "guess-" + i, "198.51.100.10").getStatus())
                    .isEqualTo(401);
        }

        MockHttpServletResponse right = apiAs(account, PASSWORD, "198.51.100.10");
        MockHttpServletResponse elsewhere = apiAs(account, PASSWORD, "198.51.100.11");

        assertThat(right.getStatus()).isEqualTo(429);
        assertThat(right.getContentAsString())
                .contains("Too many failed sign-ins for this account or from this address");
        assertThat(right.getHeader("Retry-After")).matches("\\d+");
        assertThat(elsewhere.getStatus())
                .as("the account, not just the address")
                .isEqualTo(429);
        assertThat(audited("SIGN_IN_FAILED", account)).isEqualTo(5);
        assertThat(audited("SIGN_IN_LOCKED", account)).isEqualTo(1);
        assertThat(jdbc.sql("select locked_until > now() from sign_in_failure where subject = :s")
                        .param("s", "account:" + account)
                        .query(Boolean.class)
                        .single())
                .as("kept in the database, for every node")
                .isTrue();
    }

    @Test
    void anAddressTryingManyAccountsIsLockedButItsNeighboursAreNot() throws Exception {
        String colleague = anAccount();
        for (int i = 0; i < 20; i++) {
            apiAs("nobody-" + i, "guess", "198.51.100.20");
        }

        assertThat(apiAs(colleague, PASSWORD, "198.51.100.20").getStatus()).isEqualTo(429);
        assertThat(apiAs(colleague, PASSWORD, "198.51.100.21").getStatus()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhyAndUntilWhen() throws Exception {
        String account = anAccount();
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formSignIn(session, account, "guess-" + i, "198.51.100.30"));
        }

        MockHttpServletResponse right = mvc.perform(formSignIn(session, account, PASSWORD, "198.51.100.30"))
                .andReturn()
                .getResponse();
        String page = mvc.perform(get("/sign-in").param("throttled", "").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(right.getRedirectedUrl()).endsWith("/sign-in?throttled");
        assertThat(page).contains("Too many failed sign-ins for this account or from this address. Try again after");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder formSignIn(
            MockHttpSession session, String username, String password, String address) {
        return post("/sign-in")
                .session(session)
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private MockHttpServletResponse apiAs(String username, String password, String address) throws Exception {
        return mvc.perform(
                        get("/api/requests").with(httpBasic(username, password)).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }

    private String anAccount() {
        String username = "throttled-" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        accounts.create(username, "Throttle test", null, Role.IG_OFFICER, PASSWORD, "test");
        return username;
    }

    private int audited(String action, String account) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action)
                .param("s", account)
                .query(Integer.class)
                .single();
    }

    private String signIn(MockHttpSession session) throws Exception {
        String officer = staff(Role.IG_OFFICER);
        MockHttpServletResponse response = mvc.perform(post("/sign-in")
                        .session(session)
                        .param("username", officer)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
