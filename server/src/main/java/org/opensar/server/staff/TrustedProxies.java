package org.opensar.server.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is really asking, behind the council's reverse proxy: {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * are believed only when the request comes from one of the proxies named in OPENSAR_TRUSTED_PROXIES (addresses or
 * CIDR ranges). The client is the first address, reading {@code X-Forwarded-For} from the right, that is not a
 * trusted proxy, so an address a client writes into the header itself is never taken. Without this, the rate limits
 * and the sign-in throttle saw every user behind the proxy as one address, and the session cookie never carried the
 * Secure flag behind a TLS-terminating proxy. From anyone else, the headers are ignored.
 */
final class TrustedProxies extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Forwarded(request, client(request), forwardedOverHttps(request)), response);
    }

    private String client(HttpServletRequest request) {
        List<String> hops = new ArrayList<>(values(request, "X-Forwarded-For"));
        String client = request.getRemoteAddr();
        while (trusted(client) && !hops.isEmpty()) {
            String previous = hops.remove(hops.size() - 1);
            if (!isAddress(previous)) {
                break;
            }
            client = previous;
        }
        return client;
    }

    private static boolean forwardedOverHttps(HttpServletRequest request) {
        List<String> protocols = values(request, "X-Forwarded-Proto");
        return protocols.isEmpty() ? request.isSecure() : protocols.get(0).equalsIgnoreCase("https");
    }

    private boolean trusted(String address) {
        return isAddress(address) && proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static boolean isAddress(String value) {
        return value != null
                && !value.isEmpty()
                && value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    private static List<String> values(HttpServletRequest request, String header) {
        List<String> values = new ArrayList<>();
        request.getHeaders(header)
                .asIterator()
                .forEachRemaining(line -> Arrays.stream(line.split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .forEach(values::add));
        return values;
    }

    /** The request as the client made it to the proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : "http";
        }

        @Override
        public int getServerPort() {
            String port = getHeader("X-Forwarded-Port");
            if (port != null && port.strip().matches("\\d{1,5}")) {
                return Integer.parseInt(port.strip());
            }
            return https ? 443 : super.getServerPort();
        }
    }
}
