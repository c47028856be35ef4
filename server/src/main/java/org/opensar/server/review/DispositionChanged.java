package org.opensar.server.review;

import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;

/** An officer changed a document's disposition, with the reason they gave; audited before and after. */
public record DispositionChanged(CaseReference request, Actor by, Disposed earlier, Disposed payload, String why)
        implements RequestAudited {

    /**
     * A document's disposition and the reason code for it, with the appropriate professional's opinion where the
     * reason is serious harm.
     */
    public record Disposed(String file, Disposition disposition, ReasonCode reason, String professionalOpinion) {

        public Disposed(String file, Disposition disposition, ReasonCode reason) {
            this(file, disposition, reason, null);
        }
    }

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
