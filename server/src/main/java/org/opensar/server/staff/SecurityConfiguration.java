package org.opensar.server.staff;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. The JSON API is stateless with HTTP Basic (no cookies, so no CSRF); the pages use a session,
 * a sign-in form (and OIDC where configured) and CSRF tokens. Access is decided here, by path, in one table that
 * the role-by-endpoint test walks; actions that only a manager may take are also checked where they happen.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String OFFICER = Role.IG_OFFICER.name();
    private static final String MANAGER = Role.IG_MANAGER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

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
                .httpBasic(Customizer.withDefaults())
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
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/sign-in", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/audit/**")
                        .hasAnyRole(AUDITOR, MANAGER)
                        .requestMatchers(GET, "/")
                        .authenticated()
                        .requestMatchers(GET, "/requests/new")
                        .hasRole(OFFICER)
                        // a preview is the disclosure's content as the requester would get it: for whoever decides
                        // and checks it (officers, managers), not the read-only auditor
                        .requestMatchers(GET, "/requests/*/preview", "/requests/*/review/documents/*/preview")
                        .hasRole(OFFICER)
                        .requestMatchers(GET, "/requests/**")
                        .hasAnyRole(OFFICER, AUDITOR)
                        .requestMatchers("/requests/**")
                        .hasRole(OFFICER)
                        .anyRequest()
                        .denyAll())
                .formLogin(form ->
                        form.loginPage("/sign-in").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                + " frame-ancestors 'none'; form-action 'self'")));
        if (properties.oidcEnabled()) {
            http.oauth2Login(oidc -> oidc.loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new StaffOidcUserService(directory))));
        }
        return http.build();
    }
}
