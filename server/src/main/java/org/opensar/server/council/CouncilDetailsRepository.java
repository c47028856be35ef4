package org.opensar.server.council;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of the council's details an administrator set; none until they do. */
@Repository
class CouncilDetailsRepository {

    /** The details as stored, with who set them and when. */
    record Stored(CouncilDetails details, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    CouncilDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find() {
        return jdbc.sql("select * from council_details where id = 1")
                .query((rs, n) -> new Stored(
                        new CouncilDetails(
                                rs.getString("council_name"),
                                rs.getString("ig_email"),
                                rs.getString("ig_phone"),
                                rs.getString("ig_address"),
                                rs.getString("leaving_care_email"),
                                rs.getString("leaving_care_phone"),
                                rs.getString("signer_name"),
                                rs.getString("signer_role")),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    void save(CouncilDetails details, String by) {
        jdbc.sql("""
                insert into council_details (id, council_name, ig_email, ig_phone, ig_address, leaving_care_email,
                                             leaving_care_phone, signer_name, signer_role, updated_by, updated_at)
                values (1, :name, :igEmail, :igPhone, :igAddress, :lcEmail, :lcPhone, :signer, :role, :by, now())
                on conflict (id) do update set
                    council_name = excluded.council_name, ig_email = excluded.ig_email,
                    ig_phone = excluded.ig_phone, ig_address = excluded.ig_address,
                    leaving_care_email = excluded.leaving_care_email,
                    leaving_care_phone = excluded.leaving_care_phone, signer_name = excluded.signer_name,
                    signer_role = excluded.signer_role, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .param("name", details.councilName())
                .param("igEmail", details.igEmail())
                .param("igPhone", details.igPhone())
                .param("igAddress", details.igAddress())
                .param("lcEmail", details.leavingCareEmail())
                .param("lcPhone", details.leavingCarePhone())
                .param("signer", details.signerName())
                .param("role", details.signerRole())
                .param("by", by)
                .update();
    }
}
