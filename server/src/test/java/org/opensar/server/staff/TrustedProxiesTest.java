package org.opensar.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTest {

    private static final TrustedProxies FILTER = new TrustedProxies(List.of("10.0.0.5", "192.168.10.0/24", " "));

    @ParameterizedTest(name = "from {0}, X-Forwarded-For \"{1}\", proto {2}: client {3}, secure {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a trusted proxy: the client is the address it reports, and HTTPS as it reports it
                "10.0.0.5      | 203.0.113.9                        | https | 203.0.113.9   | true",
                // a client that writes its own X-Forwarded-For: the proxy appends the real address, which is taken
                "10.0.0.5      | 198.51.100.66, 203.0.113.9         | https | 203.0.113.9   | true",
                // two trusted proxies in a row (one in a trusted range): the first untrusted from the right
                "192.168.10.20 | 198.51.100.66, 203.0.113.9, 10.0.0.5 | http | 203.0.113.9   | false",
                // nothing forwarded: the proxy itself
                "10.0.0.5      |                                    |       | 10.0.0.5      | false",
                // not an address: nothing from the header is taken
                "10.0.0.5      | <script>                           | https | 10.0.0.5      | true",
                // anyone else: the headers are ignored, so a spoofed address or scheme changes nothing
                "203.0.113.50  | 10.0.0.1                           | https | 203.0.113.50  | false",
                "192.168.11.1  | 203.0.113.9                        | https | 192.168.11.1  | false",
                // IPv6 clients are addresses too
                "10.0.0.5      | 2001:db8::7                        | https | 2001:db8::7   | true",
            })
    void theClientAndSchemeComeFromTrustedProxiesOnly(
            String remote, String forwardedFor, String proto, String client, boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
        request.setRemoteAddr(remote);
        request.setServerPort(8080);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.addHeader("X-Forwarded-Proto", proto);
        }
        AtomicReference<ServletRequest> seen = new AtomicReference<>();

        FILTER.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));

        HttpServletRequest passedOn = (HttpServletRequest) seen.get();
        assertThat(passedOn.getRemoteAddr()).isEqualTo(client);
        assertThat(passedOn.isSecure()).isEqualTo(secure);
        assertThat(passedOn.getScheme()).isEqualTo(secure ? "https" : "http");
    }

    @org.junit.jupiter.api.Test
    void withNoTrustedProxiesTheHeadersChangeNothing() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public");
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        AtomicReference<ServletRequest> seen = new AtomicReference<>();

        new TrustedProxies(List.of()).doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));

        assertThat(seen.get().getRemoteAddr()).isEqualTo("10.0.0.5");
        assertThat(seen.get().isSecure()).isFalse();
    }
}
