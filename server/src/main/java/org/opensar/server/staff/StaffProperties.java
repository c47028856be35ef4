package org.opensar.server.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param adminUsername OPENSAR_ADMIN_USERNAME: the first administrator, created at start when none exists
 * @param adminPassword OPENSAR_ADMIN_PASSWORD: their password; blank means generate one and print it once
 * @param oidcIssuer OPENSAR_OIDC_ISSUER: an OpenID Connect issuer URL; blank turns OIDC sign-in off
 * @param oidcClientId OPENSAR_OIDC_CLIENT_ID
 * @param oidcClientSecret OPENSAR_OIDC_CLIENT_SECRET
 * @param publicUrl OPENSAR_PUBLIC_URL: the address staff use, printed at start
 * @param trustedProxies OPENSAR_TRUSTED_PROXIES: the reverse proxies (addresses or CIDR ranges) whose
 *     X-Forwarded-For and X-Forwarded-Proto are believed; none by default, so the headers are ignored
 * @param signInAttempts OPENSAR_SIGN_IN_ATTEMPTS: failed sign-ins in a row that lock an account (5)
 * @param signInAttemptsPerAddress OPENSAR_SIGN_IN_ATTEMPTS_PER_ADDRESS: failed sign-ins, to any accounts, that lock
 *     the address they came from (20: colleagues may share one address)
 * @param signInLock OPENSAR_SIGN_IN_LOCK: how long the first lock lasts (5 minutes); each further failure doubles it
 * @param signInWindow how long failures are counted together, from the first (15 minutes)
 */
@ConfigurationProperties("opensar.staff")
public record StaffProperties(
        String adminUsername,
        String adminPassword,
        String oidcIssuer,
        String oidcClientId,
        String oidcClientSecret,
        String publicUrl,
        java.util.List<String> trustedProxies,
        int signInAttempts,
        int signInAttemptsPerAddress,
        java.time.Duration signInLock,
        java.time.Duration signInWindow) {

    public StaffProperties {
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
        adminPassword = adminPassword == null ? "" : adminPassword;
        oidcIssuer = oidcIssuer == null ? "" : oidcIssuer;
        publicUrl = publicUrl == null ? "" : publicUrl;
        trustedProxies = trustedProxies == null
                ? java.util.List.of()
                : trustedProxies.stream().filter(p -> !p.isBlank()).toList();
        signInAttempts = signInAttempts < 1 ? 5 : signInAttempts;
        signInAttemptsPerAddress = signInAttemptsPerAddress < 1 ? 20 : signInAttemptsPerAddress;
        signInLock = signInLock == null ? java.time.Duration.ofMinutes(5) : signInLock;
        signInWindow = signInWindow == null ? java.time.Duration.ofMinutes(15) : signInWindow;
    }

    boolean oidcEnabled() {
        return !oidcIssuer.isBlank();
    }
}
