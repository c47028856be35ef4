package org.opensar.server.notify;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The email templates, seeded with the council's defaults by migration and edited by an administrator. */
@Repository
class EmailTemplates {

    /** A template: ((name)) placeholders as GOV.UK Notify writes them. */
    record Template(EmailKind kind, String subject, String body, String updatedBy) {

        /** The text with its placeholders filled; a paragraph left empty (a line with nothing to say) goes. */
        String render(String text, java.util.Map<String, String> values) {
            String out = text;
            for (var value : values.entrySet()) {
                out = out.replace("((" + value.getKey() + "))", value.getValue() == null ? "" : value.getValue());
            }
            return out.replaceAll("\n{3,}", "\n\n");
        }
    }

    private final JdbcClient jdbc;

    EmailTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Template> all() {
        return jdbc.sql("select key, subject, body, updated_by from email_template order by key")
                .query((rs, n) -> new Template(
                        EmailKind.valueOf(rs.getString("key")),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("updated_by")))
                .list();
    }

    Template get(EmailKind kind) {
        return all().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    void update(EmailKind kind, String subject, String body, String by) {
        jdbc.sql("update email_template set subject = :subject, body = :body, updated_by = :by, updated_at = now()"
                        + " where key = :key")
                .param("subject", subject)
                .param("body", body)
                .param("by", by)
                .param("key", kind.name())
                .update();
    }
}
