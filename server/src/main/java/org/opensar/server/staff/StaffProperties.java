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
 */
@ConfigurationProperties("opensar.staff")
public record StaffProperties(
        String adminUsername,
        String adminPassword,
        String oidcIssuer,
        String oidcClientId,
        String oidcClientSecret,
        String publicUrl,
        java.util.List<String> trustedProxies) {

    public StaffProperties {
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
        adminPassword = adminPassword == null ? "" : adminPassword;
        oidcIssuer = oidcIssuer == null ? "" : oidcIssuer;
        publicUrl = publicUrl == null ? "" : publicUrl;
        trustedProxies = trustedProxies == null
                ? java.util.List.of()
                : trustedProxies.stream().filter(p -> !p.isBlank()).toList();
    }

    boolean oidcEnabled() {
        return !oidcIssuer.isBlank();
    }
}
