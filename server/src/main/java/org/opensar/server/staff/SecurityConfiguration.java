package org.opensar.server.staff;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. The JSON API is stateless with HTTP Basic (no cookies, so no CSRF); the pages use a session,
 * a sign-in form (and OIDC where configured) and CSRF tokens. Access is decided here, by path, in one table that
 * the role-by-endpoint test walks; actions that only a manager may take are also checked where they happen. The
 * auditor reads the audit trail and the requests' metadata, never their content.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String OFFICER = Role.IG_OFFICER.name();
    private static final String MANAGER = Role.IG_MANAGER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

    /**
     * What a request holds rather than what happened to it: identity documents, the case file's documents, their
     * text and page images, the people named in them, the quality check, the preview (the bundle as the requester
     * would get it), the released bundle, and CCTV footage, its stills and the preservation request (what the
     * requester looks like). Officers and managers only; an auditor sees the audit trail and the requests' metadata
     * (status, clock, timeline, evidence recorded, case-file progress, release record), never the content.
     */
    private static final String[] CONTENT_PAGES = {
        "/requests/*/uploads/*/**",
        "/requests/*/review/**",
        "/requests/*/quality-check",
        "/requests/*/release/package",
        "/requests/*/preview",
        "/requests/*/cctv/**"
    };

    private static final String[] CONTENT_API = {"/api/requests/*/review/documents/**"};

    /** No plugins, no {@code <base>} pointing elsewhere, no framing, forms and scripts from OpenSAR only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * Before everything else, Spring Session's cookie included: the client's address and whether it used HTTPS, as
     * a trusted reverse proxy reports them.
     */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(StaffProperties properties) {
        FilterRegistrationBean<TrustedProxies> registration =
                new FilterRegistrationBean<>(new TrustedProxies(properties.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Password sign-in, by form or HTTP Basic, throttled per account and per address. */
    @Bean
    AuthenticationProvider passwordSignIn(StaffDirectory directory, PasswordEncoder encoder, SignInThrottle throttle) {
        return new ThrottledSignIn(directory, encoder, throttle);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        RoleHierarchyImpl.Builder hierarchy = RoleHierarchyImpl.withDefaultRolePrefix();
        for (Role role : Role.values()) {
            role.implied().ifPresent(implied -> hierarchy.role(role.name()).implies(implied.name()));
        }
        return hierarchy.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/openapi/**", "/api/docs/**", "/api/swagger-ui/**")
                                .permitAll()
                                .requestMatchers(GET, CONTENT_API)
                                .hasRole(OFFICER)
                                .requestMatchers(GET, "/api/requests/**")
                                .hasAnyRole(OFFICER, AUDITOR)
                                .requestMatchers(GET, "/api/holidays/**")
                                .hasAnyRole(OFFICER, AUDITOR, ADMINISTRATOR)
                                .requestMatchers("/api/requests/**")
                                .hasRole(OFFICER)
                                .requestMatchers("/api/holidays/**", "/api/staff/**")
                                .hasRole(ADMINISTRATOR)
                                .requestMatchers(GET, "/api/audit/**")
                                .hasAnyRole(AUDITOR, MANAGER)
                                .anyRequest()
                                .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, StaffProperties properties, StaffDirectory directory)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/sign-in")
                        .permitAll()
                        .requestMatchers(ReturnAddresses.FILES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/audit/**")
                        .hasAnyRole(AUDITOR, MANAGER)
                        .requestMatchers(GET, "/")
                        .authenticated()
                        .requestMatchers(GET, "/requests/new")
                        .hasRole(OFFICER)
                        .requestMatchers(GET, CONTENT_PAGES)
                        .hasRole(OFFICER)
                        .requestMatchers(GET, "/requests/**")
                        .hasAnyRole(OFFICER, AUDITOR)
                        .requestMatchers("/requests/**")
                        .hasRole(OFFICER)
                        .anyRequest()
                        .denyAll())
                .requestCache(cache -> cache.requestCache(ReturnAddresses.pagesOnly()))
                .formLogin(form -> form.loginPage("/sign-in")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SignInPage.failures())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (properties.oidcEnabled()) {
            http.oauth2Login(oidc -> oidc.loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new StaffOidcUserService(directory))));
        }
        return http.build();
    }
}
