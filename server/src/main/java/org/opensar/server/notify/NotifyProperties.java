package org.opensar.server.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails leave: through GOV.UK Notify when its API key is set, otherwise through SMTP when a host is set,
 * otherwise not at all (each is then recorded as not sent).
 *
 * @param from the sender address for SMTP ({@code OPENSAR_MAIL_FROM})
 * @param smtpHost the SMTP server ({@code OPENSAR_SMTP_HOST}); empty: no SMTP
 * @param smtpPort its port ({@code OPENSAR_SMTP_PORT}, 587)
 * @param smtpUsername its user ({@code OPENSAR_SMTP_USERNAME}), empty for none
 * @param smtpPassword its password ({@code OPENSAR_SMTP_PASSWORD})
 * @param smtpStartTls whether to require STARTTLS ({@code OPENSAR_SMTP_STARTTLS}, true)
 * @param notifyApiKey a GOV.UK Notify API key ({@code OPENSAR_NOTIFY_API_KEY}); empty: not used
 * @param notifyTemplateId the Notify email template whose subject is {@code ((subject))} and body
 *     {@code ((body))} ({@code OPENSAR_NOTIFY_TEMPLATE_ID})
 * @param notifyBaseUrl the Notify API ({@code OPENSAR_NOTIFY_BASE_URL})
 * @param requesterPageUrl the public address of the requester's page, put in emails ({@code OPENSAR_REQUESTER_PAGE_URL})
 */
@ConfigurationProperties("opensar.notify")
record NotifyProperties(
        String from,
        String smtpHost,
        int smtpPort,
        String smtpUsername,
        String smtpPassword,
        Boolean smtpStartTls,
        String notifyApiKey,
        String notifyTemplateId,
        String notifyBaseUrl,
        String requesterPageUrl) {

    NotifyProperties {
        from = blank(from) ? "information.governance@council.example" : from;
        smtpPort = smtpPort <= 0 ? 587 : smtpPort;
        smtpStartTls = smtpStartTls == null || smtpStartTls;
        notifyBaseUrl = blank(notifyBaseUrl) ? "https://api.notifications.service.gov.uk" : notifyBaseUrl;
        requesterPageUrl = blank(requesterPageUrl) ? "http://localhost:8080/public/your-request" : requesterPageUrl;
    }

    boolean notifyEnabled() {
        return !blank(notifyApiKey);
    }

    boolean smtpEnabled() {
        return !blank(smtpHost);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
