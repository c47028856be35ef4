package org.opensar.server.staff;

import java.util.regex.Pattern;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts: from the administrator's page or the command line, always audited. */
@Service
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final StaffDirectory directory;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    StaffAccounts(StaffDirectory directory, PasswordEncoder encoder, AuditLog audit) {
        this.directory = directory;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public StaffUser create(String username, String displayName, String email, Role role, String password, String by) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("the username '" + username
                    + "' must be 2 to 63 lower-case letters, digits, dots, dashes or underscores");
        }
        if (directory.find(username).isPresent()) {
            throw new IllegalArgumentException("there is already an account '" + username + "'");
        }
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "the password must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        StaffUser user = new StaffUser(
                username,
                displayName,
                email == null || email.isBlank() ? null : email,
                encoder.encode(password),
                role,
                true);
        directory.create(user);
        audit.append(
                by,
                "STAFF_ACCOUNT_CREATED",
                new AuditSubject("staff", username),
                null,
                "{\"role\":\"" + role.name() + "\"}",
                null);
        return user;
    }

    /** The password hashing shared by sign-in and account creation (bcrypt, upgradable via the id prefix). */
    @Configuration(proxyBeanMethods = false)
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }
}
