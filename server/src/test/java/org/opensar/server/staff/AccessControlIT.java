package org.opensar.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.staff.Role.ADMINISTRATOR;
import static org.opensar.server.staff.Role.AUDITOR;
import static org.opensar.server.staff.Role.IG_MANAGER;
import static org.opensar.server.staff.Role.IG_OFFICER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.NewRequestBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every endpoint and page against every role: allowed roles get past security (whatever the endpoint then says),
 * every other role is refused, and nobody anonymous gets in. Adding an endpoint means adding a row here.
 */
class AccessControlIT extends IntegrationTest {

    private static final String REF = "{ref}";
    private static final String UPLOAD = "00000000-0000-0000-0000-000000000000";
    private static String reference;
    /** Metadata of requests: status, clock, timeline, evidence recorded, case-file progress, release record. */
    private static final Set<Role> CASEWORK_READERS = EnumSet.of(IG_OFFICER, IG_MANAGER, AUDITOR);
    /** Changes, and content: identity documents, the case file's documents and page images, the bundle. */
    private static final Set<Role> CASEWORKERS = EnumSet.of(IG_OFFICER, IG_MANAGER);

    private static final Set<Role> AUDIT_READERS = EnumSet.of(AUDITOR, IG_MANAGER);
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = mockMvc();
        if (reference == null) {
            reference = newRequest(NewRequestBuilder.aSubjectAccessRequest().json());
        }
    }

    record Endpoint(HttpMethod method, String path, String body, Set<Role> allowed, boolean api) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoint api(HttpMethod method, String path, String body, Set<Role> allowed) {
        return new Endpoint(method, path, body, allowed, true);
    }

    static Endpoint page(HttpMethod method, String path, Set<Role> allowed) {
        return new Endpoint(method, path, null, allowed, false);
    }

    static Stream<Endpoint> endpoints() {
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        String action = "{\"action\":\"START_WORK\",\"on\":\"2026-09-04\"}";
        return Stream.of(
                api(get, "/api/requests", null, CASEWORK_READERS),
                api(post, "/api/requests", "{}", CASEWORKERS),
                api(get, "/api/requests/" + REF, null, CASEWORK_READERS),
                api(get, "/api/requests/" + REF + "/events", null, CASEWORK_READERS),
                api(get, "/api/requests/" + REF + "/clock", null, CASEWORK_READERS),
                api(post, "/api/requests/" + REF + "/actions", action, CASEWORKERS),
                api(get, "/api/requests/" + REF + "/identity", null, CASEWORK_READERS),
                api(post, "/api/requests/" + REF + "/identity/evidence", "{}", CASEWORKERS),
                api(post, "/api/requests/" + REF + "/identity/decisions", "{}", CASEWORKERS),
                api(get, "/api/holidays", null, EVERY_ROLE),
                api(get, "/api/holidays/adjustments", null, EVERY_ROLE),
                api(post, "/api/holidays/adjustments", "{}", ADMINISTRATORS),
                api(HttpMethod.DELETE, "/api/holidays/adjustments/scotland/2026-01-02", null, ADMINISTRATORS),
                api(get, "/api/audit", null, AUDIT_READERS),
                api(get, "/api/audit/verification", null, AUDIT_READERS),
                api(get, "/api/audit/request/" + REF, null, AUDIT_READERS),
                page(get, "/requests", CASEWORK_READERS),
                page(get, "/requests/new", CASEWORKERS),
                page(post, "/requests", CASEWORKERS),
                page(get, "/requests/" + REF, CASEWORK_READERS),
                page(post, "/requests/" + REF + "/actions", CASEWORKERS),
                page(get, "/requests/" + REF + "/identity", CASEWORK_READERS),
                page(post, "/requests/" + REF + "/identity/evidence", CASEWORKERS),
                page(post, "/requests/" + REF + "/identity/decisions", CASEWORKERS),
                page(get, "/audit", AUDIT_READERS),
                page(get, "/admin", ADMINISTRATORS),
                page(post, "/admin/staff", ADMINISTRATORS),
                page(post, "/admin/staff-directory", ADMINISTRATORS),
                page(get, "/requests/" + REF + "/review/people", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/people", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/people/1", CASEWORKERS),
                page(get, "/admin/holidays", ADMINISTRATORS),
                page(post, "/admin/holidays", ADMINISTRATORS),
                page(get, "/admin/emails", ADMINISTRATORS),
                page(post, "/admin/emails/SIGN_IN_CODE", ADMINISTRATORS),
                page(get, "/admin/council", ADMINISTRATORS),
                page(post, "/admin/council", ADMINISTRATORS),
                page(get, "/", EVERY_ROLE),
                page(get, "/requests/" + REF + "/uploads", CASEWORK_READERS),
                page(get, "/requests/" + REF + "/uploads/" + UPLOAD, CASEWORKERS),
                page(get, "/requests/" + REF + "/uploads/" + UPLOAD + "/content", CASEWORKERS),
                page(get, "/requests/" + REF + "/uploads/" + UPLOAD + "/pages/1.png", CASEWORKERS),
                page(post, "/requests/" + REF + "/uploads/" + UPLOAD + "/accept", CASEWORKERS),
                page(post, "/requests/" + REF + "/uploads/" + UPLOAD + "/reject", CASEWORKERS),
                page(get, "/requests/" + REF + "/case-file", CASEWORK_READERS),
                page(get, "/requests/" + REF + "/case-file/progress", CASEWORK_READERS),
                page(post, "/requests/" + REF + "/case-file", CASEWORKERS),
                page(post, "/requests/" + REF + "/case-file/folder", CASEWORKERS),
                page(get, "/requests/" + REF + "/review", CASEWORKERS),
                page(get, "/requests/" + REF + "/review/documents/1", CASEWORKERS),
                page(get, "/requests/" + REF + "/review/documents/1/pages/1.png", CASEWORKERS),
                page(get, "/requests/" + REF + "/review/documents/1/pages/1/marks", CASEWORKERS),
                page(get, "/requests/" + REF + "/review/documents/1/copy", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/redactions/1", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/documents/1/redactions", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/documents/1/disposition", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/notes", CASEWORKERS),
                page(post, "/requests/" + REF + "/review/send-for-checking", CASEWORKERS),
                page(get, "/requests/" + REF + "/quality-check", CASEWORKERS),
                page(post, "/requests/" + REF + "/quality-check", CASEWORKERS),
                page(get, "/requests/" + REF + "/preview", CASEWORKERS),
                page(get, "/requests/" + REF + "/review/documents/1/preview", CASEWORKERS),
                page(get, "/requests/" + REF + "/release/preparation", CASEWORK_READERS),
                page(post, "/requests/" + REF + "/release/preparation", CASEWORKERS),
                page(get, "/requests/" + REF + "/release", CASEWORK_READERS),
                page(post, "/requests/" + REF + "/release", CASEWORKERS),
                page(get, "/requests/" + REF + "/release/package", CASEWORKERS),
                page(post, "/requests/" + REF + "/release/email-password", CASEWORKERS),
                page(post, "/requests/" + REF + "/release/password-releases", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/preservation", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/preservation/acknowledgement", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/preservation/preserved", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/footage", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/stills", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/footage/" + UPLOAD, CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/footage/" + UPLOAD + "/thumbnails/0.jpg", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/footage/" + UPLOAD + "/stills", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/stills/1", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/stills/1/picture.png", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/stills/1/obscured.png", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/stills/1/boxes", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/stills/1/decisions", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/stills/1/remove", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/check", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/send-for-checking", CASEWORKERS),
                page(post, "/requests/" + REF + "/cctv/release", CASEWORKERS),
                page(get, "/requests/" + REF + "/cctv/release/package", CASEWORKERS),
                api(post, "/api/requests/" + REF + "/case-file", "", CASEWORKERS),
                api(get, "/api/requests/" + REF + "/case-file", null, CASEWORK_READERS),
                api(get, "/api/requests/" + REF + "/review", null, CASEWORK_READERS),
                api(get, "/api/requests/" + REF + "/review/documents", null, CASEWORKERS),
                api(get, "/api/requests/" + REF + "/review/documents/1", null, CASEWORKERS),
                api(post, "/api/requests/" + REF + "/review/redactions/1", "{}", CASEWORKERS));
    }

    static Stream<Arguments> everyEndpointForEveryRole() {
        List<Arguments> cases = new ArrayList<>();
        endpoints().forEach(endpoint -> {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryRole")
    void onlyTheAllowedRolesGetThrough(Endpoint endpoint, Role role) throws Exception {
        int status =
                status(request(endpoint).with(user(role.name().toLowerCase()).roles(role.name())));

        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s as %s", endpoint, role).isNotIn(401, 403);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} anonymously")
    @MethodSource("endpoints")
    void nobodyAnonymousGetsIn(Endpoint endpoint) throws Exception {
        var response = mvc.perform(request(endpoint)).andReturn().getResponse();

        if (endpoint.api()) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        } else {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        }
    }

    /** The status; an error the endpoint itself threw (a request without its form, say) got past security. */
    private int status(MockHttpServletRequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (jakarta.servlet.ServletException e) {
            return 500;
        }
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                endpoint.method(), endpoint.path().replace(REF, reference));
        if (endpoint.body() != null) {
            request.contentType(endpoint.path().endsWith("/case-file") ? "application/zip" : "application/json")
                    .content(endpoint.body());
        }
        if (!endpoint.api()) {
            request.with(csrf());
        }
        return request;
    }
}
