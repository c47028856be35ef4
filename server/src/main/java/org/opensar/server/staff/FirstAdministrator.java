package org.opensar.server.staff;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in on a fresh install: when no administrator exists, creates one from
 * OPENSAR_ADMIN_USERNAME / OPENSAR_ADMIN_PASSWORD, or with a generated password printed once on the console. Then
 * says where the server is.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffDirectory directory;
    private final PasswordEncoder encoder;
    private final StaffProperties properties;

    FirstAdministrator(StaffDirectory directory, PasswordEncoder encoder, StaffProperties properties) {
        this.directory = directory;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String url = properties.publicUrl().isBlank()
                ? "http://localhost:" + event.getWebServer().getPort()
                : properties.publicUrl();
        log.info("OpenSAR is running at {} (API documentation at {}/api/docs)", url, url);
        if (directory.hasAdministrator()) {
            return;
        }
        boolean generated = properties.adminPassword().isBlank();
        String password = generated ? generatePassword() : properties.adminPassword();
        directory.create(new StaffUser(
                properties.adminUsername(), "Administrator", null, encoder.encode(password), Role.ADMINISTRATOR, true));
        if (generated) {
            log.warn(
                    "Created the first administrator '{}' with the password {} (shown once: sign in and create staff"
                            + " accounts; set OPENSAR_ADMIN_PASSWORD to choose it instead)",
                    properties.adminUsername(),
                    password);
        } else {
            log.info("Created the first administrator '{}' from OPENSAR_ADMIN_USERNAME", properties.adminUsername());
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
