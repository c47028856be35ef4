package org.opensar.server.staff;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC sign-in for councils with a single sign-on service: the council's identity provider proves who the person
 * is; OpenSAR's own staff list (matched by email) decides their role. Someone not on the list is refused.
 */
final class StaffOidcUserService extends OidcUserService {

    private final StaffDirectory directory;

    StaffOidcUserService(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        String email = oidcUser.getEmail();
        StaffUser staff = (email == null ? java.util.Optional.<StaffUser>empty() : directory.findByEmail(email))
                .filter(StaffUser::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        "not_staff", "This account is not registered as OpenSAR staff; ask an administrator.", null)));
        return new DefaultOidcUser(
                List.of(new SimpleGrantedAuthority(staff.role().authority())),
                oidcUser.getIdToken(),
                oidcUser.getUserInfo(),
                "email");
    }
}
