package org.opensar.server.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded PostgreSQL could not start, and why in words (another OpenSAR on the folder, a read-only folder, a
 * PostgreSQL left running that would not stop), shown at start as Spring Boot's failure report rather than lost in
 * a stack trace.
 */
final class EmbeddedDatabaseUnavailable extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    EmbeddedDatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** Registered in META-INF/spring.factories. */
    static final class Analyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailable> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailable cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Do what the description says, or set OPENSAR_DB_URL to use a PostgreSQL server instead.",
                    cause);
        }
    }
}
