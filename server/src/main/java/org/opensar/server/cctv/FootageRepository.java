package org.opensar.server.cctv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.cctv.FootageInfo;
import org.opensar.server.platform.AtRestEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded footage and its timeline of encrypted thumbnails, in PostgreSQL. */
@Repository
class FootageRepository {

    private final JdbcClient jdbc;

    FootageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A thumbnail on the timeline, without its picture. */
    record TimelineEntry(long frame, long atMs, String reasons) {
        public String at() {
            return FootageRecord.clock(atMs);
        }
    }

    void insert(FootageRecord f) {
        jdbc.sql("""
                insert into cctv_footage (id, reference, file_name, size_bytes, sha256, container, width, height, frames,
                    status, uploaded_by, uploaded_at)
                values (:id, :reference, :fileName, :size, :sha256, :container, :width, :height, :frames, :status, :by,
                    :at)""")
                .param("id", f.id())
                .param("reference", f.reference())
                .param("fileName", f.fileName())
                .param("size", f.sizeBytes())
                .param("sha256", f.sha256())
                .param("container", f.container())
                .param("width", f.width())
                .param("height", f.height())
                .param("frames", f.frames())
                .param("status", f.status().name())
                .param("by", f.uploadedBy())
                .param("at", Timestamp.from(f.uploadedAt()))
                .update();
    }

    void sampled(UUID id, FootageInfo info, int keyFrames) {
        jdbc.sql("""
                update cctv_footage set status = 'READY', container = :container, width = :width, height = :height,
                    frames = :frames, duration_ms = :duration, key_frames = :keyFrames
                where id = :id and status = 'SAMPLING'""")
                .param("container", info.container().label())
                .param("width", info.width())
                .param("height", info.height())
                .param("frames", info.frames())
                .param("duration", info.duration().toMillis())
                .param("keyFrames", keyFrames)
                .param("id", id)
                .update();
    }

    void failed(UUID id, String problem) {
        jdbc.sql("update cctv_footage set status = 'FAILED', problem = :problem where id = :id and status = 'SAMPLING'")
                .param("problem", problem.length() > 1000 ? problem.substring(0, 1000) : problem)
                .param("id", id)
                .update();
    }

    /** The footage is gone: so are its thumbnails and the unobscured pictures of the stills taken from it. */
    void deleted(UUID id, Instant at, String by) {
        jdbc.sql("update cctv_footage set status = 'DELETED', deleted_at = :at, deleted_by = :by where id = :id")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .update();
        jdbc.sql("delete from cctv_thumbnail where footage_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update cctv_still set nonce = null, ciphertext = null where footage_id = :id")
                .param("id", id)
                .update();
    }

    Optional<FootageRecord> find(UUID id) {
        return jdbc.sql("select * from cctv_footage where id = :id")
                .param("id", id)
                .query(FootageRepository::row)
                .optional();
    }

    List<FootageRecord> of(String reference) {
        return jdbc.sql("select * from cctv_footage where reference = :reference order by uploaded_at")
                .param("reference", reference)
                .query(FootageRepository::row)
                .list();
    }

    /** Footage still kept (not deleted), oldest first. */
    List<FootageRecord> kept() {
        return jdbc.sql("select * from cctv_footage where status <> 'DELETED' order by uploaded_at")
                .query(FootageRepository::row)
                .list();
    }

    void insertThumbnail(UUID footage, long frame, long atMs, String reasons, AtRestEncryption.Sealed jpeg) {
        jdbc.sql("""
                insert into cctv_thumbnail (footage_id, frame, at_ms, reasons, nonce, ciphertext)
                values (:footage, :frame, :at, :reasons, :nonce, :ciphertext) on conflict do nothing""")
                .param("footage", footage)
                .param("frame", frame)
                .param("at", atMs)
                .param("reasons", reasons)
                .param("nonce", jpeg.nonce())
                .param("ciphertext", jpeg.ciphertext())
                .update();
    }

    /** The timeline: each thumbnail's frame, time and reasons, without its picture. */
    List<TimelineEntry> timeline(UUID footage) {
        return jdbc.sql("select frame, at_ms, reasons from cctv_thumbnail where footage_id = :footage order by frame")
                .param("footage", footage)
                .query((rs, n) -> new TimelineEntry(rs.getLong("frame"), rs.getLong("at_ms"), rs.getString("reasons")))
                .list();
    }

    Optional<TimelineEntry> entry(UUID footage, long frame) {
        return timeline(footage).stream().filter(e -> e.frame() == frame).findFirst();
    }

    Optional<AtRestEncryption.Sealed> thumbnail(UUID footage, long frame) {
        return jdbc.sql("select nonce, ciphertext from cctv_thumbnail where footage_id = :footage and frame = :frame")
                .param("footage", footage)
                .param("frame", frame)
                .query((rs, n) -> new AtRestEncryption.Sealed(rs.getBytes("nonce"), rs.getBytes("ciphertext")))
                .optional();
    }

    private static FootageRecord row(ResultSet rs, int n) throws SQLException {
        return new FootageRecord(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("container"),
                (Integer) rs.getObject("width"),
                (Integer) rs.getObject("height"),
                (Long) rs.getObject("frames"),
                (Long) rs.getObject("duration_ms"),
                (Integer) rs.getObject("key_frames"),
                FootageStatus.valueOf(rs.getString("status")),
                rs.getString("problem"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(),
                Rows.instant(rs, "deleted_at"),
                rs.getString("deleted_by"));
    }
}
