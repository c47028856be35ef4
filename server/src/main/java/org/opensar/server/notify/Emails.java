package org.opensar.server.notify;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opensar.server.council.CouncilDetails;
import org.opensar.server.council.CouncilSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the council's emails from their templates, in the background (so a page answers in the same time whether
 * or not an email goes), through GOV.UK Notify or SMTP, and records each one sent or not, without its text.
 */
@Service
public class Emails implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Emails.class);

    private final EmailTemplates templates;
    private final Optional<EmailChannel> channel;
    private final JdbcClient jdbc;
    private final NotifyProperties properties;
    private final CouncilSettings council;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "emails");
        thread.setDaemon(true);
        return thread;
    });

    Emails(
            EmailTemplates templates,
            JdbcClient jdbc,
            NotifyProperties properties,
            CouncilSettings council,
            JsonMapper json,
            Clock clock) {
        this.templates = templates;
        this.council = council;
        this.jdbc = jdbc;
        this.properties = properties;
        this.channel = properties.notifyEnabled()
                ? Optional.of(new GovUkNotifyChannel(properties, json, clock))
                : properties.smtpEnabled() ? Optional.of(new SmtpChannel(properties)) : Optional.empty();
        log.info(channel.map(c -> "Emails are sent through " + c.name())
                .orElse("No email is configured (OPENSAR_SMTP_HOST or OPENSAR_NOTIFY_API_KEY): emails are not sent"));
    }

    /** The address of the requester's page, for the emails. */
    public String requesterPageUrl() {
        return properties.requesterPageUrl();
    }

    /**
     * Queues an email from its template; the values fill its ((placeholders)), besides the council's name and contacts,
     * which every email may use.
     */
    public void send(EmailKind kind, String to, String reference, Map<String, String> values) {
        EmailTemplates.Template template = templates.get(kind);
        Map<String, String> all = councilValues(council.current());
        all.putAll(values);
        String subject = template.render(template.subject(), all);
        String body = template.render(template.body(), all);
        background.execute(() -> deliver(kind, to, reference, subject, body));
    }

    /** The password that opens a released response, sent only to the requester's own address (issue #6 calls it). */
    public void sendPassword(String to, String reference, String name, String password) {
        send(
                EmailKind.PASSWORD_RELEASE,
                to,
                reference,
                Map.of("reference", reference, "name", name, "password", password));
    }

    private static Map<String, String> councilValues(CouncilDetails details) {
        Map<String, String> values = new HashMap<>();
        values.put("council_name", details.councilName());
        values.put("ig_email", details.igEmail());
        values.put("ig_phone", details.igPhone());
        values.put("ig_address", details.igAddress());
        values.put("leaving_care_email", details.leavingCareEmail());
        values.put("leaving_care_phone", details.leavingCarePhone());
        return values;
    }

    private void deliver(EmailKind kind, String to, String reference, String subject, String body) {
        String outcome;
        try {
            if (channel.isEmpty()) {
                outcome = "NOT_SENT: no email configured";
            } else {
                channel.get().send(to, subject, body, reference);
                outcome = "SENT";
            }
        } catch (Exception e) {
            log.warn("The {} email for {} could not be sent: {}", kind, reference, e.getMessage());
            outcome = "FAILED: " + e.getMessage();
        }
        jdbc.sql("insert into email_sent (template, recipient, reference, channel, outcome)"
                        + " values (:template, :recipient, :reference, :channel, :outcome)")
                .param("template", kind.name())
                .param("recipient", to)
                .param("reference", reference)
                .param("channel", channel.map(EmailChannel::name).orElse("none"))
                .param("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .update();
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
