package org.opensar.server.notify;

import org.opensar.server.audit.AuditSubject;
import org.opensar.server.audit.AuditableEvent;

/** An administrator changed an email template. */
record EmailTemplateChanged(String actor, String key, String before, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "EMAIL_TEMPLATE_CHANGED";
    }

    @Override
    public AuditSubject subject() {
        return new AuditSubject("email-template", key);
    }

    @Override
    public String reason() {
        return null;
    }
}
