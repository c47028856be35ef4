package org.opensar.server.cctv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The preservation requests sent to the CCTV control room, in PostgreSQL. */
@Repository
class PreservationRepository {

    private final JdbcClient jdbc;

    PreservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PreservationRequest p) {
        jdbc.sql("""
                insert into cctv_preservation (reference, camera, recorded_on, time_window, description, overwritten_on,
                    control_room, sent_at, sent_by)
                values (:reference, :camera, :recordedOn, :timeWindow, :description, :overwrittenOn, :controlRoom,
                    :sentAt, :sentBy)""")
                .param("reference", p.reference())
                .param("camera", p.camera())
                .param("recordedOn", p.recordedOn())
                .param("timeWindow", p.timeWindow())
                .param("description", p.description())
                .param("overwrittenOn", p.overwrittenOn())
                .param("controlRoom", p.controlRoom())
                .param("sentAt", Timestamp.from(p.sentAt()))
                .param("sentBy", p.sentBy())
                .update();
    }

    /** New details sent again: the earlier acknowledgement no longer covers them. */
    void amend(String reference, String camera, String timeWindow, String description, Instant at, String by) {
        jdbc.sql("""
                update cctv_preservation set camera = :camera, time_window = :timeWindow, description = :description,
                    sent_at = :at, sent_by = :by, acknowledged_at = null, acknowledged_by = null,
                    control_room_reference = null
                where reference = :reference""")
                .param("camera", camera)
                .param("timeWindow", timeWindow)
                .param("description", description)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reference", reference)
                .update();
    }

    void acknowledge(String reference, String controlRoomReference, Instant at, String by) {
        jdbc.sql("""
                update cctv_preservation set acknowledged_at = :at, acknowledged_by = :by,
                    control_room_reference = :controlRoomReference
                where reference = :reference""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("controlRoomReference", controlRoomReference)
                .param("reference", reference)
                .update();
    }

    void recordPreserved(String reference, String preserved, Instant at, String by) {
        jdbc.sql("""
                update cctv_preservation set preserved = :preserved, preserved_at = :at, preserved_by = :by
                where reference = :reference""")
                .param("preserved", preserved)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reference", reference)
                .update();
    }

    void warned(String reference, Instant at) {
        jdbc.sql("update cctv_preservation set warned_at = :at where reference = :reference")
                .param("at", Timestamp.from(at))
                .param("reference", reference)
                .update();
    }

    Optional<PreservationRequest> find(String reference) {
        return jdbc.sql("select * from cctv_preservation where reference = :reference")
                .param("reference", reference)
                .query(PreservationRepository::row)
                .optional();
    }

    /** Preservation requests not yet warned about whose footage is overwritten on or before {@code by}. */
    List<PreservationRequest> unwarnedBefore(LocalDate by) {
        return jdbc.sql("""
                select * from cctv_preservation
                where warned_at is null and overwritten_on <= :by order by overwritten_on""").param("by", by).query(PreservationRepository::row).list();
    }

    private static PreservationRequest row(ResultSet rs, int n) throws SQLException {
        return new PreservationRequest(
                rs.getString("reference"),
                rs.getString("camera"),
                rs.getObject("recorded_on", LocalDate.class),
                rs.getString("time_window"),
                rs.getString("description"),
                rs.getObject("overwritten_on", LocalDate.class),
                rs.getString("control_room"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getString("sent_by"),
                Rows.instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                rs.getString("control_room_reference"),
                rs.getString("preserved"),
                Rows.instant(rs, "preserved_at"),
                rs.getString("preserved_by"),
                Rows.instant(rs, "warned_at"));
    }
}
