package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.NewRequestBuilder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Requests that used to end in a 500 get the right status and a page that says why. */
class ErrorPagesIT extends IntegrationTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = mockMvc();
    }

    @Test
    void thePackageBeforeAnyReleaseIsAConflictThatSaysSo() throws Exception {
        String reference = newRequest(NewRequestBuilder.aSubjectAccessRequest().json());

        MockHttpServletResponse response = asOfficer(get("/requests/" + reference + "/release/package"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Nothing has been released for this request.");
    }

    @Test
    void aPageNumberBeyondTheListIsNotFound() throws Exception {
        MockHttpServletResponse farAway = asOfficer(get("/requests").param("page", "2147483647"));
        MockHttpServletResponse first = asOfficer(get("/requests").param("page", "0"));

        assertThat(farAway.getStatus()).isEqualTo(404);
        assertThat(farAway.getContentAsString()).contains("The list of requests has no page 2147483648");
        assertThat(first.getStatus()).isEqualTo(200);
    }

    @Test
    void aCaseFileUploadTheDiskHasNoRoomForIs503AndKeepsNothing() throws Exception {
        String reference = newRequest(NewRequestBuilder.aSubjectAccessRequest().json());
        MockMultipartFile huge = new MockMultipartFile("file", "case.zip", "application/zip", new byte[] {'P', 'K'}) {
            @Override
            public long getSize() {
                return 1L << 60; // an exabyte: no disk has room for it
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(new byte[] {'P', 'K'});
            }
        };

        MockHttpServletResponse response = asOfficer(
                multipart("/requests/" + reference + "/case-file").file(huge).with(csrf()));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("the server has no room left on its disk");
        assertThat(call(
                                "GET",
                                "/api/requests/" + reference + "/case-file",
                                staff(org.opensar.server.staff.Role.IG_OFFICER),
                                null)
                        .status())
                .as("no case file attached")
                .isEqualTo(404);
    }

    @Test
    void anUnknownRequestsPageIsNotFound() throws Exception {
        MockHttpServletResponse response = asOfficer(get("/requests/SAR-2026-999998"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("There is no request SAR-2026-999998.");
    }

    private MockHttpServletResponse asOfficer(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user("ig-officer").roles("IG_OFFICER")))
                .andReturn()
                .getResponse();
    }
}
