package org.opensar.server.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff sign-in with a password (the form, and HTTP Basic for the API) behind {@link SignInThrottle}: a locked
 * account or address is refused before its password is checked, a wrong password is counted, a right one clears
 * the account's count. The address is the client's, as {@link TrustedProxies} establishes it.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(StaffDirectory directory, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(directory);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        throttle.check(attempt.getName(), address);
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(attempt.getName());
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(attempt.getName(), address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
