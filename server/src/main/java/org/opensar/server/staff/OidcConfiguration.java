package org.opensar.server.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** The council's OIDC identity provider, registered only when OPENSAR_OIDC_ISSUER is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${opensar.staff.oidc-issuer:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(StaffProperties properties) {
        ClientRegistration council = ClientRegistrations.fromIssuerLocation(properties.oidcIssuer())
                .registrationId("council")
                .clientName("Council sign-in")
                .clientId(properties.oidcClientId())
                .clientSecret(properties.oidcClientSecret())
                .scope("openid", "email", "profile")
                .build();
        return new InMemoryClientRegistrationRepository(council);
    }
}
