package org.opensar.server.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API callers without credentials get a problem+json 401 and a Basic challenge; a locked account or address gets
 * 429 with when to try again.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException locked) {
            response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds(java.time.Instant.now())));
            Problems.write(response, 429, "Too many failed sign-ins", locked.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"OpenSAR\"");
        Problems.write(response, 401, "Unauthorized", "Sign in with a staff account (HTTP Basic) to use the API.");
    }
}
