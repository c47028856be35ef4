package org.opensar.server.publicservice;

import java.time.ZoneId;
import java.util.List;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.identity.Requirement;

/**
 * Where the requester's proof of identity stands, in their words: confirmed (only ever by an officer), the documents
 * an officer is still checking, those an officer could not accept and why, and what is still needed besides what is
 * being checked.
 *
 * @param confirmed an officer has accepted enough evidence
 * @param checking documents sent and not yet checked
 * @param rejected documents an officer could not accept, with the reason
 * @param stillNeeded what to send, leaving out what a document being checked would meet
 */
record IdentityProgress(boolean confirmed, List<Sent> checking, List<Sent> rejected, List<Requirement> stillNeeded) {

    /** A document sent: what it is, the day it arrived, and why it was not accepted (if it was not). */
    record Sent(String document, String sentOn, String reason) {}

    static IdentityProgress of(IdentityVerification.IdentityFile file, List<Uploads.Stored> uploads, ZoneId zone) {
        List<Uploads.Stored> awaiting = uploads.stream()
                .filter(u -> u.status() == Uploads.Status.AWAITING_CHECK)
                .toList();
        return new IdentityProgress(
                file.assessment().satisfied(),
                awaiting.stream().map(u -> sent(u, zone)).toList(),
                uploads.stream()
                        .filter(u -> u.status() == Uploads.Status.REJECTED)
                        .map(u -> sent(u, zone))
                        .toList(),
                file.assessment().stillNeeded().stream()
                        .filter(r -> awaiting.stream()
                                .noneMatch(u -> r.acceptedEvidence().contains(u.type())))
                        .toList());
    }

    private static Sent sent(Uploads.Stored upload, ZoneId zone) {
        return new Sent(
                upload.type().label(),
                PublicDates.longDate(upload.uploadedAt().atZoneSameInstant(zone).toLocalDate()),
                upload.rejectionReason());
    }
}
