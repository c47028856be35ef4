package org.opensar.server.cctv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.cctv.Box;
import org.opensar.engine.cctv.Obscuring;
import org.opensar.engine.cctv.RegionKind;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.server.platform.AtRestEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stills chosen from footage or uploaded (their pictures encrypted), the boxes on them, and released responses. */
@Repository
class StillRepository {

    private final JdbcClient jdbc;

    StillRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StillRecord s, AtRestEncryption.Sealed png) {
        return jdbc.sql("""
                insert into cctv_still (footage_id, reference, frame, at_ms, width, height, obscuring, nonce,
                    ciphertext, chosen_by, chosen_at, file_name)
                values (:footage, :reference, :frame, :at, :width, :height, :obscuring, :nonce, :ciphertext, :by,
                    :chosenAt, :fileName)
                returning id""")
                .param("footage", s.footageId())
                .param("reference", s.reference())
                .param("frame", s.frame())
                .param("at", s.atMs())
                .param("width", s.width())
                .param("height", s.height())
                .param("obscuring", s.obscuring().name())
                .param("nonce", png.nonce())
                .param("ciphertext", png.ciphertext())
                .param("by", s.chosenBy())
                .param("chosenAt", Timestamp.from(s.chosenAt()))
                .param("fileName", s.fileName())
                .query(Long.class)
                .single();
    }

    boolean exists(UUID footage, long frame) {
        return jdbc.sql("select count(*) from cctv_still where footage_id = :footage and frame = :frame")
                        .param("footage", footage)
                        .param("frame", frame)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StillRecord> of(String reference) {
        return jdbc.sql("select * from cctv_still where reference = :reference order by at_ms, id")
                .param("reference", reference)
                .query(StillRepository::row)
                .list();
    }

    Optional<StillRecord> find(String reference, long id) {
        return jdbc.sql("select * from cctv_still where reference = :reference and id = :id")
                .param("reference", reference)
                .param("id", id)
                .query(StillRepository::row)
                .optional();
    }

    /** The still's picture, unobscured; gone once its footage is deleted. */
    Optional<AtRestEncryption.Sealed> picture(long id) {
        return jdbc.sql("select nonce, ciphertext from cctv_still where id = :id and ciphertext is not null")
                .param("id", id)
                .query((rs, n) -> new AtRestEncryption.Sealed(rs.getBytes("nonce"), rs.getBytes("ciphertext")))
                .optional();
    }

    void obscuring(long still, Obscuring obscuring) {
        jdbc.sql("update cctv_still set obscuring = :obscuring where id = :id")
                .param("obscuring", obscuring.name())
                .param("id", still)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from cctv_still where id = :id").param("id", id).update();
    }

    long insertBox(long still, Box box, RegionKind kind, boolean drawnByOfficer, Double score, String explanation) {
        return jdbc.sql("""
                insert into cctv_box (still_id, x, y, width, height, kind, origin, score, explanation)
                values (:still, :x, :y, :width, :height, :kind, :origin, :score, :explanation)
                returning id""")
                .param("still", still)
                .param("x", box.x())
                .param("y", box.y())
                .param("width", box.width())
                .param("height", box.height())
                .param("kind", kind.name())
                .param("origin", drawnByOfficer ? "OFFICER" : "DETECTOR")
                .param("score", score)
                .param("explanation", explanation)
                .query(Long.class)
                .single();
    }

    void decide(long still, long box, BoxDecision decision, String by, Instant at) {
        jdbc.sql("""
                update cctv_box set decision = :decision, decided_by = :by, decided_at = :at
                where id = :id and still_id = :still""")
                .param("decision", decision.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", box)
                .param("still", still)
                .update();
    }

    List<StillBox> boxes(long still) {
        return jdbc.sql("select * from cctv_box where still_id = :still order by y, x, id")
                .param("still", still)
                .query((rs, n) -> new StillBox(
                        rs.getLong("id"),
                        rs.getLong("still_id"),
                        new Box(rs.getInt("x"), rs.getInt("y"), rs.getInt("width"), rs.getInt("height")),
                        RegionKind.valueOf(rs.getString("kind")),
                        "OFFICER".equals(rs.getString("origin")),
                        (Double) rs.getObject("score"),
                        rs.getString("explanation"),
                        rs.getString("decision") == null ? null : BoxDecision.valueOf(rs.getString("decision")),
                        rs.getString("decided_by"),
                        Rows.instant(rs, "decided_at")))
                .list();
    }

    void insert(CctvReleaseRecord r, DeliveryPackager.PasswordHash hash) {
        jdbc.sql("""
                insert into cctv_release (reference, folder, bundle_pages, stills, package_file, package_sha256,
                    password_algorithm, password_iterations, password_salt, password_hash, released_by, released_at)
                values (:reference, :folder, :pages, :stills, :packageFile, :sha256, :algorithm, :iterations, :salt,
                    :hash, :by, :at)""")
                .param("reference", r.reference())
                .param("folder", r.folder())
                .param("pages", r.bundlePages())
                .param("stills", r.stills())
                .param("packageFile", r.packageFile())
                .param("sha256", r.packageSha256())
                .param("algorithm", hash.algorithm())
                .param("iterations", hash.iterations())
                .param("salt", hash.salt())
                .param("hash", hash.hash())
                .param("by", r.releasedBy())
                .param("at", Timestamp.from(r.releasedAt()))
                .update();
    }

    Optional<CctvReleaseRecord> release(String reference) {
        return jdbc.sql("select * from cctv_release where reference = :reference")
                .param("reference", reference)
                .query((rs, n) -> new CctvReleaseRecord(
                        rs.getString("reference"),
                        rs.getString("folder"),
                        rs.getInt("bundle_pages"),
                        rs.getInt("stills"),
                        rs.getString("package_file"),
                        rs.getString("package_sha256"),
                        rs.getString("released_by"),
                        rs.getTimestamp("released_at").toInstant()))
                .optional();
    }

    private static StillRecord row(ResultSet rs, int n) throws SQLException {
        return new StillRecord(
                rs.getLong("id"),
                rs.getObject("footage_id", UUID.class),
                rs.getString("reference"),
                rs.getLong("frame"),
                rs.getLong("at_ms"),
                rs.getInt("width"),
                rs.getInt("height"),
                Obscuring.valueOf(rs.getString("obscuring")),
                rs.getString("chosen_by"),
                rs.getTimestamp("chosen_at").toInstant(),
                rs.getString("file_name"));
    }
}
