package org.opensar.server.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.register.DocumentSightings;
import org.opensar.engine.register.RegisterSource;
import org.opensar.engine.register.RegisteredPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_person table (a case file's register) and what the documents say of people (case_document.people). */
@Repository
class CasePeopleRepository {

    private final JdbcClient jdbc;

    CasePeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each document's sightings, in the documents' order. */
    List<DocumentSightings> sightings(UUID caseFile) {
        return jdbc.sql("select file, people from case_document where case_file_id = :id order by ordinal")
                .param("id", caseFile)
                .query((rs, row) -> new DocumentSightings(rs.getString(1), SightingsJson.read(rs.getString(2))))
                .list();
    }

    List<CasePerson> people(UUID caseFile) {
        return jdbc.sql("select * from case_person where case_file_id = :id order by id")
                .param("id", caseFile)
                .query(CasePeopleRepository::person)
                .list();
    }

    Optional<CasePerson> find(UUID caseFile, long id) {
        return jdbc.sql("select * from case_person where case_file_id = :caseFile and id = :id")
                .param("caseFile", caseFile)
                .param("id", id)
                .query(CasePeopleRepository::person)
                .optional();
    }

    void replaceAll(UUID caseFile, List<RegisteredPerson> people) {
        jdbc.sql("delete from case_person where case_file_id = :id")
                .param("id", caseFile)
                .update();
        people.forEach(person -> insert(caseFile, person, null, null));
    }

    long insert(UUID caseFile, RegisteredPerson person, String by, Instant at) {
        return jdbc.sql("""
                insert into case_person (case_file_id, name, aliases, relationship, category, known_to_requester,
                    source, confirmed, evidence, mentions, changed_by, changed_at)
                values (:caseFile, :name, :aliases, :relationship, :category, :known, :source, :confirmed,
                    :evidence, :mentions, :by, :at)
                returning id""")
                .param("caseFile", caseFile)
                .params(fields(person))
                .param("by", by)
                .param("at", at == null ? null : Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, RegisteredPerson person, String by, Instant at) {
        jdbc.sql("""
                update case_person set name = :name, aliases = :aliases, relationship = :relationship,
                    category = :category, known_to_requester = :known, source = :source, confirmed = :confirmed,
                    evidence = :evidence, mentions = :mentions, changed_by = :by, changed_at = :at
                where id = :id""")
                .params(fields(person))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from case_person where id = :id").param("id", id).update();
    }

    private static java.util.Map<String, Object> fields(RegisteredPerson person) {
        return java.util.Map.of(
                "name", person.name(),
                "aliases", person.aliases().toArray(String[]::new),
                "relationship", person.relationship(),
                "category", person.category().name(),
                "known", person.knownToRequester(),
                "source", person.source().name(),
                "confirmed", person.confirmed(),
                "evidence", person.evidence().toArray(String[]::new),
                "mentions", person.mentions());
    }

    private static CasePerson person(ResultSet rs, int row) throws SQLException {
        return new CasePerson(
                rs.getLong("id"),
                new RegisteredPerson(
                        rs.getString("name"),
                        strings(rs.getArray("aliases")),
                        rs.getString("relationship"),
                        PersonCategory.valueOf(rs.getString("category")),
                        rs.getBoolean("known_to_requester"),
                        RegisterSource.valueOf(rs.getString("source")),
                        rs.getBoolean("confirmed"),
                        strings(rs.getArray("evidence")),
                        rs.getInt("mentions")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
