package org.opensar.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.notify.Emails;
import org.opensar.server.platform.OwnerOnly;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases an approved disclosure: the bundle rendered with the officers' decisions and verified in the background
 * ({@link BundlePreparation}: nothing redacted or withheld can be recovered from it, or nothing is released) is sealed
 * in an AES-256
 * package whose password is shown once and kept only as a salted hash, records the delivery, and closes the request
 * as responded today, against its clock. The password's later release (by phone, or by email on request to the
 * requester's own address) is recorded too.
 */
@Service
public class Release {

    private final Casework casework;
    private final Workbench workbench;
    private final CaseFileRepository caseFiles;
    private final BundlePreparation preparation;
    private final ReleaseRepository releases;
    private final ReviewProperties properties;
    private final ApplicationEventPublisher events;
    private final Emails emails;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Release(
            Casework casework,
            Workbench workbench,
            CaseFileRepository caseFiles,
            BundlePreparation preparation,
            ReleaseRepository releases,
            ReviewProperties properties,
            ApplicationEventPublisher events,
            Emails emails,
            Clock clock) {
        this.emails = emails;
        this.casework = casework;
        this.workbench = workbench;
        this.caseFiles = caseFiles;
        this.preparation = preparation;
        this.releases = releases;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The release and the package's password, which is shown once and never stored. */
    public record Released(ReleaseRecord record, char[] password) {}

    public Optional<ReleaseRecord> released(CaseReference reference) {
        return caseFiles.forRequest(casework.get(reference).id()).flatMap(f -> releases.forCaseFile(f.id()));
    }

    public List<PasswordReleaseRecord> passwordReleases(ReleaseRecord release) {
        return releases.passwordReleases(release.id());
    }

    /** When the requester asked, from their own page, for the password by email. */
    public List<Instant> passwordRequests(ReleaseRecord release) {
        return releases.passwordRequests(release.id());
    }

    /**
     * What the requester sees of a release on their own page: the package to download until the link expires
     * ({@code opensar.review.download-days} after release), and whether they have asked for the password.
     */
    public record RequesterDownload(ReleaseRecord release, Instant expiresAt, boolean expired, boolean passwordAsked) {}

    public Optional<RequesterDownload> forRequester(CaseReference reference) {
        return released(reference).map(r -> {
            Instant expires = r.releasedAt().plus(properties.downloadDays(), java.time.temporal.ChronoUnit.DAYS);
            return new RequesterDownload(
                    r,
                    expires,
                    !clock.instant().isBefore(expires),
                    !releases.passwordRequests(r.id()).isEmpty());
        });
    }

    /** The package for the requester's own download, while the link has not expired. */
    public Path requesterPackage(CaseReference reference) {
        RequesterDownload download = forRequester(reference)
                .orElseThrow(() -> new CaseFileRefusedException("Nothing has been released for this request."));
        if (download.expired()) {
            throw new CaseFileRefusedException("The download has expired: contact us and we will send it again.");
        }
        return Path.of(download.release().folder()).resolve(download.release().packageFile());
    }

    /** The requester asks, from their own page, for the password by email; the officer is shown the request. */
    @Transactional
    public void requestPasswordByEmail(CaseReference reference) {
        ReleaseRecord release = released(reference)
                .orElseThrow(() -> new CaseFileRefusedException("Nothing has been released for this request."));
        releases.addPasswordRequest(release.id(), clock.instant());
        events.publishEvent(
                new ReviewRecorded(reference.value(), "requester", "PASSWORD_REQUESTED_BY_EMAIL", null, null, null));
    }

    /**
     * Emails the password the officer noted at release to the requester's own address, after checking it against
     * the kept hash (a mistyped password is never sent), and records the release. The password is not kept.
     */
    @Transactional
    public void emailPassword(CaseReference reference, char[] password, Actor actor) {
        try {
            ReleaseRecord release = released(reference)
                    .orElseThrow(() -> new CaseFileRefusedException("Nothing has been released for this request."));
            InformationRequest request = casework.get(reference);
            String to = request.requester().email();
            if (to == null || to.isBlank()) {
                throw new CaseFileRefusedException("The request has no email address: give the password by phone.");
            }
            if (!DeliveryPackager.matches(password, releases.passwordHash(release.id()))) {
                throw new CaseFileRefusedException("That is not the package's password: nothing was sent.");
            }
            emails.sendPassword(to, reference.value(), request.requester().name(), new String(password));
            recordPasswordRelease(reference, PasswordReleaseMethod.EMAIL, to, actor);
        } finally {
            java.util.Arrays.fill(password, ' ');
        }
    }

    /** The encrypted package of a released bundle. */
    public Path packageFile(CaseReference reference) {
        ReleaseRecord release = released(reference)
                .orElseThrow(() -> new CaseFileRefusedException("Nothing has been released for this request."));
        return Path.of(release.folder()).resolve(release.packageFile());
    }

    /**
     * Releases the bundle prepared in the background ({@link BundlePreparation}), which must have verified clean and
     * be made from the decisions as they are now, dated today: seals it for delivery (seconds, not the minutes of
     * rendering), records the release and closes the request. Nothing decrypted is left on disk.
     */
    @Transactional
    public Released release(CaseReference reference, String recordedDelivery, Actor actor) {
        InformationRequest request = BundlePreparation.approved(casework.get(reference), "released");
        CaseFileSummary caseFile = workbench.caseFile(reference);
        PreparedBundle prepared = preparation.releasable(caseFile);
        Path out = properties.releases().resolve(reference.value().replaceAll("[^A-Za-z0-9._-]", "_"));
        Instant now = clock.instant();
        try {
            clear(out);
            preparation.open(prepared, out);
            String postal = recordedDelivery == null || recordedDelivery.isBlank() ? null : recordedDelivery.strip();
            DeliveryPackager.Sealed sealed = new DeliveryPackager(random)
                    .seal(
                            out,
                            reference.value(),
                            properties.deliveryFormat(),
                            Optional.ofNullable(postal),
                            Optional.ofNullable(request.requester().email()));
            ReleaseRecord record = new ReleaseRecord(
                    UUID.randomUUID(),
                    caseFile.id(),
                    out.toString(),
                    prepared.pages(),
                    prepared.redactions(),
                    out.relativize(sealed.packageFile()).toString(),
                    sealed.sha256(),
                    request.delivery().name(),
                    postal,
                    actor.username(),
                    now);
            releases.insert(record, sealed.hash());
            events.publishEvent(BundleReleased.of(reference, actor, record));
            preparation.released(prepared);
            return new Released(record, sealed.password());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the disclosure bundle: " + e.getMessage(), e);
        } finally {
            deleteDecrypted(out.resolve(BundlePreparation.BUNDLE));
        }
    }

    /** Records that the password was given; by email only to the requester's own address on the request. */
    @Transactional
    public void recordPasswordRelease(
            CaseReference reference, PasswordReleaseMethod method, String recipient, Actor actor) {
        ReleaseRecord release = released(reference)
                .orElseThrow(() -> new CaseFileRefusedException("Nothing has been released for this request."));
        InformationRequest request = casework.get(reference);
        String to = recipient == null ? "" : recipient.strip();
        if (method == PasswordReleaseMethod.EMAIL) {
            String own = request.requester().email();
            if (own == null || !own.equalsIgnoreCase(to)) {
                throw new CaseFileRefusedException(
                        "By email the password goes only to the requester's own address on the request"
                                + (own == null ? ", and there is none: give it by phone." : " (" + own + ")."));
            }
        }
        if (to.isEmpty()) {
            throw new CaseFileRefusedException("Say who was given the password (the number called, or the address).");
        }
        releases.addPasswordRelease(release.id(), method, to, actor.username(), clock.instant());
        events.publishEvent(new PasswordReleased(reference, actor, new PasswordReleased.Given(method, to)));
    }

    /** The decrypted bundle is needed only while it is sealed into the package. */
    private static void deleteDecrypted(Path bundle) {
        try {
            Files.deleteIfExists(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the decrypted bundle " + bundle, e);
        }
    }

    private static void clear(Path out) throws IOException {
        Folders.delete(out);
        OwnerOnly.folder(out);
    }
}
