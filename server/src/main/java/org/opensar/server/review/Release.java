package org.opensar.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.render.ApprovedRedaction;
import org.opensar.engine.render.BundleDocument;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.notify.Emails;
import org.opensar.server.platform.OwnerOnly;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases an approved disclosure: renders the bundle with the officers' decisions through the engine's renderer,
 * verifies that nothing redacted or withheld can be recovered from it (or releases nothing), seals it in an AES-256
 * package whose password is shown once and kept only as a salted hash, records the delivery, and closes the request
 * as responded today, against its clock. The password's later release (by phone, or by email on request to the
 * requester's own address) is recorded too.
 */
@Service
public class Release {

    private final Casework casework;
    private final Workbench workbench;
    private final CaseFileRepository caseFiles;
    private final RedactionRepository redactions;
    private final ReleaseRepository releases;
    private final ReviewProperties properties;
    private final ApplicationEventPublisher events;
    private final Emails emails;
    private final CouncilSettings council;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Release(
            Casework casework,
            Workbench workbench,
            CaseFileRepository caseFiles,
            RedactionRepository redactions,
            ReleaseRepository releases,
            ReviewProperties properties,
            ApplicationEventPublisher events,
            Emails emails,
            CouncilSettings council,
            Clock clock) {
        this.emails = emails;
        this.council = council;
        this.casework = casework;
        this.workbench = workbench;
        this.caseFiles = caseFiles;
        this.redactions = redactions;
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

    @Transactional
    public Released release(CaseReference reference, String recordedDelivery, Actor actor) {
        InformationRequest request = casework.get(reference);
        if (request.status() != RequestStatus.APPROVED_FOR_RELEASE) {
            throw new CaseFileRefusedException(
                    "Only a disclosure an IG manager has approved can be released; this request is "
                            + request.status().label().toLowerCase() + ".");
        }
        CaseFileSummary caseFile = workbench.caseFile(reference);
        Path out = properties.releases().resolve(reference.value().replaceAll("[^A-Za-z0-9._-]", "_"));
        Instant now = clock.instant();
        try {
            clear(out);
            ExtractionSettings extraction = ProcessingConfiguration.extraction(properties);
            DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(
                            new TimeLimitedExtractor(new TikaTextExtractor(extraction), properties.documentTimeout()),
                            new WordOcr(extraction))
                    .write(bundleRequest(reference, caseFile, now), out);
            if (!outcome.verification().clean()) {
                throw new CaseFileRefusedException("The bundle failed verification, so nothing was released: "
                        + String.join("; ", outcome.verification().findings()));
            }
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
                    outcome.rendered().pages(),
                    outcome.rendered().redactions().size(),
                    out.relativize(sealed.packageFile()).toString(),
                    sealed.sha256(),
                    request.delivery().name(),
                    postal,
                    actor.username(),
                    now);
            releases.insert(record, sealed.hash());
            casework.act(reference, new ActionInput(RequestAction.RELEASE, null, null), actor);
            events.publishEvent(new ReviewRecorded(
                    reference.value(),
                    actor.username(),
                    "BUNDLE_RELEASED",
                    null,
                    "{\"pages\":" + record.bundlePages() + ",\"redactions\":" + record.redactions()
                            + ",\"packageSha256\":\"" + record.packageSha256() + "\",\"delivery\":\""
                            + record.delivery() + "\"}",
                    null));
            return new Released(record, sealed.password());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the disclosure bundle: " + e.getMessage(), e);
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
        events.publishEvent(new ReviewRecorded(
                reference.value(),
                actor.username(),
                "PASSWORD_RELEASED",
                null,
                "{\"method\":\"" + method + "\",\"recipient\":\"" + to.replace("\"", "") + "\"}",
                null));
    }

    /** The bundle as the officers decided it: every document with its decision now and its accepted redactions. */
    private BundleRequest bundleRequest(CaseReference reference, CaseFileSummary caseFile, Instant now) {
        String approver = releases.checks(caseFile.id()).stream()
                .filter(c -> c.outcome() == QualityCheckOutcome.APPROVED)
                .reduce((first, second) -> second)
                .map(QualityCheckRecord::decidedBy)
                .orElse("an IG manager");
        Map<Long, List<RedactionView>> accepted =
                redactions.accepted(caseFile.id()).stream().collect(Collectors.groupingBy(RedactionView::documentId));
        try (CaseFile source = new CaseFileReader().open(Path.of(caseFile.folder()))) {
            Map<String, CaseDocument> byFile =
                    source.documents().stream().collect(Collectors.toMap(CaseDocument::file, Function.identity()));
            List<BundleDocument> documents = new ArrayList<>();
            for (ReviewDocument document : caseFiles.all(caseFile.id())) {
                CaseDocument file = byFile.get(document.file());
                if (file == null) {
                    throw new CaseFileRefusedException(
                            document.file() + " is no longer in the case folder, so the bundle cannot be made.");
                }
                CaseFileRepository.DocumentContent content = caseFiles.content(document.id());
                List<Evidence> evidence = new ArrayList<>(content.evidence().stream()
                        .map(e -> new Evidence(Evidence.Kind.CANDIDATE, e))
                        .toList());
                String decidedBy = "OpenSAR engine, approved by " + approver;
                Instant decidedAt = caseFile.processedAt();
                if (document.changedByOfficer()) {
                    evidence.add(new Evidence(
                            Evidence.Kind.CANDIDATE,
                            "changed by " + content.changedBy() + ": " + content.changeReason()));
                    decidedBy = content.changedBy();
                    decidedAt = content.changedAt();
                }
                documents.add(new BundleDocument(
                        file,
                        document.title(),
                        new Decision(
                                document.disposition(),
                                document.reason(),
                                evidence,
                                document.confidence(),
                                document.explanation(),
                                content.duplicateOf()),
                        decidedBy,
                        decidedAt,
                        accepted.getOrDefault(document.id(), List.of()).stream()
                                .map(r -> new ApprovedRedaction(
                                        r.text(),
                                        r.start(),
                                        r.end(),
                                        r.page(),
                                        r.type(),
                                        r.reason(),
                                        r.decidedBy(),
                                        r.decidedAt(),
                                        r.part()))
                                .toList()));
            }
            CaseDescription described = source.description();
            CaseDescription description = new CaseDescription(
                    reference.value(), described.subject(), described.people(), described.knownToRequester());
            CoveringLetter letter = council.current()
                    .letter(
                            properties.letter() == null
                                    ? CoveringLetter.defaults()
                                    : CoveringLetter.read(properties.letter()));
            return new BundleRequest(description, documents, letter, LocalDate.ofInstant(now, clock.getZone()));
        }
    }

    private static void clear(Path out) throws IOException {
        Folders.delete(out);
        OwnerOnly.folder(out);
    }
}
