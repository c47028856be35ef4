package org.opensar.server.notify;

/** A way to send an email: SMTP or GOV.UK Notify. */
interface EmailChannel {

    /** For the record of emails sent. */
    String name();

    /** Sends it, or throws saying why not. */
    void send(String to, String subject, String body, String reference) throws Exception;
}
