package org.opensar.server.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.pack.DeliveryPackager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The second-person checks, releases and password releases of case files, in PostgreSQL. */
@Repository
class ReleaseRepository {

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addCheck(UUID caseFile, QualityCheckOutcome outcome, String by, Instant at, String comments) {
        jdbc.sql("""
                insert into quality_check (case_file_id, outcome, decided_by, decided_at, comments)
                values (:caseFile, :outcome, :by, :at, :comments)""")
                .param("caseFile", caseFile)
                .param("outcome", outcome.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("comments", comments)
                .update();
    }

    List<QualityCheckRecord> checks(UUID caseFile) {
        return jdbc.sql("select * from quality_check where case_file_id = :id order by decided_at, id")
                .param("id", caseFile)
                .query((rs, n) -> new QualityCheckRecord(
                        QualityCheckOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("comments")))
                .list();
    }

    void insert(ReleaseRecord release, DeliveryPackager.PasswordHash hash) {
        jdbc.sql("""
                insert into release (id, case_file_id, folder, bundle_pages, redactions, package_file, package_sha256,
                    password_algorithm, password_iterations, password_salt, password_hash, delivery,
                    delivery_reference, released_by, released_at)
                values (:id, :caseFile, :folder, :pages, :redactions, :packageFile, :sha256, :algorithm, :iterations,
                    :salt, :hash, :delivery, :deliveryReference, :by, :at)""")
                .param("id", release.id())
                .param("caseFile", release.caseFileId())
                .param("folder", release.folder())
                .param("pages", release.bundlePages())
                .param("redactions", release.redactions())
                .param("packageFile", release.packageFile())
                .param("sha256", release.packageSha256())
                .param("algorithm", hash.algorithm())
                .param("iterations", hash.iterations())
                .param("salt", hash.salt())
                .param("hash", hash.hash())
                .param("delivery", release.delivery())
                .param("deliveryReference", release.deliveryReference())
                .param("by", release.releasedBy())
                .param("at", Timestamp.from(release.releasedAt()))
                .update();
    }

    Optional<ReleaseRecord> forCaseFile(UUID caseFile) {
        return jdbc.sql("select * from release where case_file_id = :id")
                .param("id", caseFile)
                .query((rs, n) -> new ReleaseRecord(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_file_id", UUID.class),
                        rs.getString("folder"),
                        rs.getInt("bundle_pages"),
                        rs.getInt("redactions"),
                        rs.getString("package_file"),
                        rs.getString("package_sha256"),
                        rs.getString("delivery"),
                        rs.getString("delivery_reference"),
                        rs.getString("released_by"),
                        rs.getTimestamp("released_at").toInstant()))
                .optional();
    }

    DeliveryPackager.PasswordHash passwordHash(UUID release) {
        return jdbc.sql("select password_algorithm, password_iterations, password_salt, password_hash from release"
                        + " where id = :id")
                .param("id", release)
                .query((rs, n) -> new DeliveryPackager.PasswordHash(
                        rs.getString("password_algorithm"),
                        rs.getInt("password_iterations"),
                        rs.getString("password_salt"),
                        rs.getString("password_hash")))
                .single();
    }

    void addPasswordRequest(UUID release, Instant at) {
        jdbc.sql("insert into password_request (release_id, requested_at) values (:release, :at)")
                .param("release", release)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Instant> passwordRequests(UUID release) {
        return jdbc.sql("select requested_at from password_request where release_id = :id order by requested_at")
                .param("id", release)
                .query((rs, n) -> rs.getTimestamp("requested_at").toInstant())
                .list();
    }

    void addPasswordRelease(UUID release, PasswordReleaseMethod method, String recipient, String by, Instant at) {
        jdbc.sql("""
                insert into password_release (release_id, method, recipient, released_by, released_at)
                values (:release, :method, :recipient, :by, :at)""")
                .param("release", release)
                .param("method", method.name())
                .param("recipient", recipient)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<PasswordReleaseRecord> passwordReleases(UUID release) {
        return jdbc.sql("select * from password_release where release_id = :id order by released_at, id")
                .param("id", release)
                .query((rs, n) -> new PasswordReleaseRecord(
                        PasswordReleaseMethod.valueOf(rs.getString("method")),
                        rs.getString("recipient"),
                        rs.getString("released_by"),
                        rs.getTimestamp("released_at").toInstant()))
                .list();
    }
}
