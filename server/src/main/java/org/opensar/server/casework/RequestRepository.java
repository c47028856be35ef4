package org.opensar.server.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Requests, their clarifications and their events in PostgreSQL. */
@Repository
class RequestRepository {

    /** Each request with its clarifications in the same row, so a list of requests is one query. */
    private static final String SELECT = """
            select r.*, (select json_agg(json_build_object('id', c.id, 'askedOn', c.asked_on, 'question', c.question,
                                                           'answeredOn', c.answered_on, 'answer', c.answer)
                                         order by c.asked_on, c.id)
                           from clarification c where c.request_id = r.id) as clarifications
            from information_request r""";

    /** The closed statuses as an SQL list, from {@link RequestStatus#closed()}. */
    private static final String CLOSED = java.util.Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::closed)
            .map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RequestRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('request_number')").query(Long.class).single();
    }

    void insert(InformationRequest r) {
        jdbc.sql("""
                insert into information_request (id, reference, type, status, channel, received_on,
                    requester_name, requester_email, requester_phone, requester_address, acting_for_subject,
                    subject_name, subject_date_of_birth, aliases, council_identifiers, information_wanted,
                    relevant_dates, search_terms, delivery, breach_aware_at, footage_recorded_on, due_on, created_by)
                values (:id, :reference, :type, :status, :channel, :receivedOn, :requesterName, :requesterEmail,
                    :requesterPhone, :requesterAddress, :actingForSubject, :subjectName, :subjectDateOfBirth,
                    coalesce(string_to_array(:aliases, chr(31)), '{}'), coalesce(string_to_array(:identifiers, chr(31)), '{}'), :informationWanted,
                    :relevantDates, coalesce(string_to_array(:searchTerms, chr(31)), '{}'), :delivery, :breachAwareAt,
                    :footageRecordedOn, :dueOn, :createdBy)""")
                .param("id", r.id())
                .param("reference", r.reference().value())
                .param("type", r.type().name())
                .param("status", r.status().name())
                .param("channel", r.channel().name())
                .param("receivedOn", r.receivedOn())
                .param("requesterName", r.requester().name())
                .param("requesterEmail", r.requester().email())
                .param("requesterPhone", r.requester().phone())
                .param("requesterAddress", r.requester().address())
                .param("actingForSubject", r.actingForSubject())
                .param("subjectName", r.subject().name())
                .param("subjectDateOfBirth", r.subject().dateOfBirth())
                .param("aliases", joined(r.subject().aliases()))
                .param("identifiers", joined(r.subject().councilIdentifiers()))
                .param("informationWanted", r.informationWanted())
                .param("relevantDates", r.relevantDates())
                .param("searchTerms", joined(r.searchTerms()))
                .param("delivery", r.delivery().name())
                .param("breachAwareAt", r.breachAwareAt() == null ? null : Timestamp.from(r.breachAwareAt()))
                .param("footageRecordedOn", r.footageRecordedOn())
                .param("dueOn", r.dueOn())
                .param("createdBy", r.createdBy())
                .update();
    }

    Optional<InformationRequest> find(CaseReference reference) {
        return jdbc.sql(SELECT + " where reference = ?")
                .param(reference.value())
                .query(this::map)
                .optional();
    }

    /** Requests in a status (all when null), soonest due first; closed ones last. */
    List<InformationRequest> list(RequestStatus status, int offset, int limit) {
        return jdbc.sql(SELECT + """
                 where (:status::text is null or status = :status)
                order by status in (%s), due_on nulls last, received_on, reference
                offset :offset limit :limit""".formatted(CLOSED))
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    List<InformationRequest> open() {
        return jdbc.sql(SELECT + " where status not in (" + CLOSED + ")")
                .query(this::map)
                .list();
    }

    /** Changes status and the clock fields; fails when someone else changed the request first. */
    boolean update(UUID id, int expectedVersion, Lifecycle r) {
        return jdbc.sql("""
                update information_request set status = :status, identity_received_on = :identity,
                    authority_received_on = :authority, fee_received_on = :fee, extended = :extended,
                    responded_on = :respondedOn, version = version + 1
                where id = :id and version = :version""")
                        .param("status", r.status().name())
                        .param("identity", r.identityReceivedOn())
                        .param("authority", r.authorityReceivedOn())
                        .param("fee", r.feeReceivedOn())
                        .param("extended", r.extended())
                        .param("respondedOn", r.respondedOn())
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    void updateDueOn(UUID id, LocalDate dueOn) {
        jdbc.sql("update information_request set due_on = ? where id = ?")
                .params(dueOn, id)
                .update();
    }

    void askClarification(UUID requestId, LocalDate askedOn, String question) {
        jdbc.sql("insert into clarification (request_id, asked_on, question) values (?, ?, ?)")
                .params(requestId, askedOn, question)
                .update();
    }

    void answerClarification(long clarificationId, LocalDate answeredOn, String answer) {
        jdbc.sql("update clarification set answered_on = ?, answer = ? where id = ?")
                .params(answeredOn, answer, clarificationId)
                .update();
    }

    void recordEvent(UUID requestId, RequestEvent event) {
        jdbc.sql("""
                insert into request_event (request_id, type, from_status, to_status, actor, occurred_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        requestId,
                        event.type().name(),
                        event.fromStatus() == null ? null : event.fromStatus().name(),
                        event.toStatus().name(),
                        event.actor(),
                        Timestamp.from(event.occurredAt()),
                        event.reason())
                .update();
    }

    List<RequestEvent> events(UUID requestId) {
        return jdbc.sql("select * from request_event where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new RequestEvent(
                        rs.getLong("id"),
                        RequestEventType.valueOf(rs.getString("type")),
                        rs.getString("from_status") == null ? null : RequestStatus.valueOf(rs.getString("from_status")),
                        RequestStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    private List<Clarification> clarifications(String jsonArray) {
        return jsonArray == null ? List.of() : List.of(json.readValue(jsonArray, Clarification[].class));
    }

    private InformationRequest map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp aware = rs.getTimestamp("breach_aware_at");
        return new InformationRequest(
                id,
                new CaseReference(rs.getString("reference")),
                RequestType.valueOf(rs.getString("type")),
                RequestStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("received_on", LocalDate.class),
                new Requester(
                        rs.getString("requester_name"),
                        rs.getString("requester_email"),
                        rs.getString("requester_phone"),
                        rs.getString("requester_address")),
                rs.getBoolean("acting_for_subject"),
                new DataSubjectDetails(
                        rs.getString("subject_name"),
                        rs.getObject("subject_date_of_birth", LocalDate.class),
                        strings(rs.getArray("aliases")),
                        strings(rs.getArray("council_identifiers"))),
                rs.getString("information_wanted"),
                rs.getString("relevant_dates"),
                strings(rs.getArray("search_terms")),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getObject("identity_received_on", LocalDate.class),
                rs.getObject("authority_received_on", LocalDate.class),
                rs.getObject("fee_received_on", LocalDate.class),
                rs.getBoolean("extended"),
                aware == null ? null : aware.toInstant(),
                rs.getObject("footage_recorded_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("responded_on", LocalDate.class),
                clarifications(rs.getString("clarifications")),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("\u001f", values);
    }
}
