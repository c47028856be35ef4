package org.opensar.server.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identity and authority evidence, and officers' recorded decisions, in PostgreSQL. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID requestId, EvidenceItem item, String recordedBy) {
        jdbc.sql("""
                insert into identity_evidence (request_id, type, document_date, received_on, expires_on,
                    shows_current_address, description, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        requestId,
                        item.type().name(),
                        item.documentDate(),
                        item.receivedOn(),
                        item.expiresOn(),
                        item.showsCurrentAddress(),
                        item.description(),
                        recordedBy)
                .update();
    }

    /**
     * The evidence an officer recorded. Earlier versions also recorded a requester's own upload as evidence in the
     * requester's name ({@code recorded_by} 'requester of ...'): that never counts.
     */
    List<EvidenceItem> evidence(UUID requestId) {
        return jdbc.sql("select * from identity_evidence where request_id = ? and recorded_by not like 'requester of %'"
                        + " order by received_on, id")
                .param(requestId)
                .query((rs, n) -> new EvidenceItem(
                        EvidenceType.valueOf(rs.getString("type")),
                        rs.getObject("document_date", LocalDate.class),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getBoolean("shows_current_address"),
                        rs.getString("description")))
                .list();
    }

    void decide(UUID requestId, OfficerDecision.Kind kind, OfficerAcceptance acceptance) {
        jdbc.sql(
                        "insert into officer_acceptance (request_id, kind, officer, reason, decided_on) values (?, ?, ?, ?, ?)")
                .params(requestId, kind.name(), acceptance.officer(), acceptance.reason(), acceptance.decidedOn())
                .update();
    }

    List<OfficerDecision> decisions(UUID requestId) {
        return jdbc.sql("select * from officer_acceptance where request_id = ? order by decided_on, id")
                .param(requestId)
                .query((rs, n) -> new OfficerDecision(
                        OfficerDecision.Kind.valueOf(rs.getString("kind")),
                        new OfficerAcceptance(
                                rs.getString("officer"),
                                rs.getString("reason"),
                                rs.getObject("decided_on", LocalDate.class))))
                .list();
    }
}
