package org.opensar.server.cctv;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestChanged;
import org.opensar.server.casework.RequestEventType;
import org.opensar.server.casework.RequestType;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.notify.EmailKind;
import org.opensar.server.notify.Emails;
import org.opensar.server.staff.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the footage from being overwritten: the moment a personal CCTV request is received, a preservation request
 * goes to the control room (camera or place, date, time window, how to recognise the requester, and the date the
 * footage will be lost); the officer records the control room's acknowledgement and what it preserved, and may send
 * corrected details. The email goes once the request is safely stored.
 */
@Service
public class Preservation {

    private final PreservationRepository preservations;
    private final Casework casework;
    private final Emails emails;
    private final CctvProperties properties;
    private final CctvAudit audit;
    private final CouncilSettings council;
    private final Clock clock;

    Preservation(
            PreservationRepository preservations,
            Casework casework,
            Emails emails,
            CctvProperties properties,
            CctvAudit audit,
            CouncilSettings council,
            Clock clock) {
        this.council = council;
        this.preservations = preservations;
        this.casework = casework;
        this.emails = emails;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A personal CCTV request was received: ask the control room to preserve the footage, now. */
    @EventListener
    @Transactional
    public void on(RequestChanged change) {
        if (change.what() != RequestEventType.RECEIVED) {
            return;
        }
        InformationRequest request = casework.get(change.reference());
        if (request.type() != RequestType.PERSONAL_CCTV_SAR || request.footageRecordedOn() == null) {
            return;
        }
        FootageDescription asked = FootageDescription.of(request);
        PreservationRequest sent = new PreservationRequest(
                request.reference().value(),
                asked.camera(),
                request.footageRecordedOn(),
                asked.timeWindow(),
                asked.description(),
                request.footageRecordedOn().plusDays(properties.overwriteDays()),
                properties.controlRoomEmail(),
                clock.instant(),
                change.actor(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        preservations.insert(sent);
        audit.record(sent.reference(), change.actor(), "CCTV_PRESERVATION_REQUESTED", null, sent, null);
        afterCommit(() -> send(sent));
    }

    public Optional<PreservationRequest> of(CaseReference reference) {
        return preservations.find(reference.value());
    }

    /** Corrected details (the camera's name, a narrower time window) sent to the control room again. */
    @Transactional
    public PreservationRequest amend(
            CaseReference reference, String camera, String timeWindow, String description, Actor actor) {
        PreservationRequest before = existing(reference);
        preservations.amend(
                reference.value(),
                required(camera, "the camera or place"),
                required(timeWindow, "the time window"),
                required(description, "how to recognise the requester"),
                clock.instant(),
                actor.username());
        PreservationRequest after = existing(reference);
        audit.record(reference.value(), actor.username(), "CCTV_PRESERVATION_AMENDED", before, after, null);
        afterCommit(() -> send(after));
        return after;
    }

    @Transactional
    public void acknowledge(CaseReference reference, String controlRoomReference, Actor actor) {
        PreservationRequest before = existing(reference);
        preservations.acknowledge(
                reference.value(),
                controlRoomReference == null || controlRoomReference.isBlank() ? null : controlRoomReference.strip(),
                clock.instant(),
                actor.username());
        audit.record(
                reference.value(),
                actor.username(),
                "CCTV_PRESERVATION_ACKNOWLEDGED",
                before,
                existing(reference),
                null);
    }

    @Transactional
    public void recordPreserved(CaseReference reference, String preserved, Actor actor) {
        PreservationRequest before = existing(reference);
        preservations.recordPreserved(
                reference.value(),
                required(preserved, "what the control room preserved"),
                clock.instant(),
                actor.username());
        audit.record(
                reference.value(), actor.username(), "CCTV_PRESERVATION_RECORDED", before, existing(reference), null);
    }

    /**
     * Warns the IG team, once per request, when footage is due to be overwritten within the warning period and the
     * control room has not acknowledged, nothing preserved is recorded, or no footage has been uploaded.
     */
    @Transactional
    public int warnOfOverwrites(java.util.function.Predicate<String> footageUploaded) {
        LocalDate today = LocalDate.now(clock);
        int warned = 0;
        for (PreservationRequest due : preservations.unwarnedBefore(today.plusDays(properties.warningDays()))) {
            InformationRequest request = casework.get(new CaseReference(due.reference()));
            boolean uploaded = footageUploaded.test(due.reference());
            if (request.status().closed() || uploaded && due.acknowledged() && due.preservationRecorded()) {
                continue;
            }
            String missing = missing(due, uploaded);
            preservations.warned(due.reference(), clock.instant());
            audit.record(
                    due.reference(),
                    "system",
                    "CCTV_OVERWRITE_WARNING",
                    null,
                    new Warning(due.overwrittenOn(), missing),
                    null);
            Map<String, String> values = new HashMap<>();
            values.put("reference", due.reference());
            values.put("overwritten_on", due.overwrittenOn().toString());
            values.put("days_left", String.valueOf(Math.max(0, due.daysLeft(today))));
            values.put("what_is_missing", missing);
            String to = council.current().igEmail();
            afterCommit(() -> emails.send(EmailKind.CCTV_OVERWRITE_WARNING, to, due.reference(), values));
            warned++;
        }
        return warned;
    }

    /** The audit entry of a warning. */
    record Warning(LocalDate overwrittenOn, String missing) {}

    static String missing(PreservationRequest p, boolean uploaded) {
        StringBuilder what = new StringBuilder("Still to do:");
        if (!p.acknowledged()) {
            what.append(" the control room has not acknowledged the preservation request;");
        }
        if (!p.preservationRecorded()) {
            what.append(" what was preserved is not recorded;");
        }
        if (!uploaded) {
            what.append(" no footage has been uploaded;");
        }
        return what.substring(0, what.length() - 1) + ".";
    }

    private void send(PreservationRequest p) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", p.reference());
        values.put("camera", p.camera());
        values.put("recorded_on", p.recordedOn().toString());
        values.put("time_window", p.timeWindow());
        values.put("description", p.description());
        values.put("overwritten_on", p.overwrittenOn().toString());
        emails.send(EmailKind.CCTV_PRESERVATION, p.controlRoom(), p.reference(), values);
    }

    private PreservationRequest existing(CaseReference reference) {
        return preservations
                .find(reference.value())
                .orElseThrow(() -> new CctvRefusedException(
                        "No preservation request was sent for " + reference + ": it is not a personal CCTV request."));
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new CctvRefusedException("Enter " + what + ".");
        }
        return text.strip();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
