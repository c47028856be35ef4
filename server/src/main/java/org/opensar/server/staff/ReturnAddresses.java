package org.opensar.server.staff;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests a member of staff is sent back to after signing in: only pages, that is GETs that ask for HTML and
 * are not files. Spring's default remembers any GET that is not JSON, so the stylesheet's font request under
 * {@code /assets} (answered by the sign-in redirect) became the address to return to, and signing in ended on a 403.
 */
final class ReturnAddresses {

    /** Paths that are files (or no page at all), never a place to return to. */
    static final String[] FILES = {"/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error"};

    private ReturnAddresses() {}

    static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(PAGES);
        return cache;
    }

    static final RequestMatcher PAGES = new AndRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
            asksForHtml(),
            new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
            new NegatedRequestMatcher(new OrRequestMatcher(java.util.Arrays.stream(FILES)
                    .map(path -> (RequestMatcher)
                            PathPatternRequestMatcher.withDefaults().matcher(path))
                    .toList())));

    /** An Accept header naming HTML itself; a browser's font or image request accepts {@code *}{@code /*} only. */
    private static RequestMatcher asksForHtml() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }
}
