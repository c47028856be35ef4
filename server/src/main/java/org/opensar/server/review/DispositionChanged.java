package org.opensar.server.review;

import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** An officer changed a document's disposition, with the reason they gave; audited before and after. */
public record DispositionChanged(CaseReference request, Actor by, Disposed earlier, Disposed payload, String why)
        implements RequestAudited {

    /** A document's disposition and the reason code for it. */
    public record Disposed(String file, Disposition disposition, ReasonCode reason) {}

    @Override
    public String action() {
        return "DISPOSITION_CHANGED";
    }

    @Override
    public String before() {
        return RequestAudited.json(earlier);
    }

    @Override
    public String reason() {
        return why;
    }
}
