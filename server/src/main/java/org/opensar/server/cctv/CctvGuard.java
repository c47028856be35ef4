package org.opensar.server.cctv;

import java.util.List;
import java.util.Optional;
import org.opensar.server.casework.ActionGuard;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestEvent;
import org.opensar.server.casework.RequestEventType;
import org.opensar.server.casework.RequestType;
import org.opensar.server.staff.Actor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What stills add to a personal CCTV request's lifecycle: it goes for checking only once every still has the requester
 * marked and every proposed box decided, and once it has stills it is answered only by releasing them from the CCTV
 * page, by a second person (not whoever sent them for checking).
 */
@Component
class CctvGuard implements ActionGuard {

    private final StillRepository stills;
    private final Casework casework;
    private final StillsDesk desk;

    CctvGuard(StillRepository stills, @Lazy Casework casework, @Lazy StillsDesk desk) {
        this.stills = stills;
        this.casework = casework;
        this.desk = desk;
    }

    @Override
    public Optional<String> refusal(InformationRequest request, RequestAction action, Actor actor) {
        if (request.type() != RequestType.PERSONAL_CCTV_SAR
                || stills.of(request.reference().value()).isEmpty()) {
            return Optional.empty();
        }
        return switch (action) {
            case SEND_FOR_QA -> {
                List<String> unfinished = desk.unfinished(request.reference());
                yield unfinished.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", unfinished));
            }
            case APPROVE_AND_RESPOND ->
                stills.release(request.reference().value()).isPresent()
                        ? Optional.empty()
                        : Optional.of("Release the stills from the request's CCTV page: they are checked again,"
                                + " bundled and packaged there.");
            default -> Optional.empty();
        };
    }

    /** Refused when {@code actor} is the one who sent the stills for checking. */
    Optional<String> sentForCheckingBy(InformationRequest request, Actor actor) {
        List<RequestEvent> timeline = casework.timeline(request.reference());
        return timeline.stream()
                .filter(e -> e.type() == RequestEventType.SEND_FOR_QA)
                .reduce((first, second) -> second)
                .filter(sent -> sent.actor().equals(actor.username()))
                .map(sent -> "A second person must release the stills: you sent them for checking.");
    }
}
