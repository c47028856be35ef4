package org.opensar.server.cctv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.DataSubject;
import org.opensar.engine.cctv.BundleStill;
import org.opensar.engine.cctv.Obscuring;
import org.opensar.engine.cctv.ProposedRegion;
import org.opensar.engine.cctv.RegionKind;
import org.opensar.engine.cctv.StillCheck;
import org.opensar.engine.cctv.StillsBundle;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.platform.OwnerOnly;
import org.opensar.server.review.ReviewProperties;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases a personal CCTV response, as the second person: checks every still again with the detector (refused if
 * it finds a face, person or plate no one accounted for), makes the bundle (a page on what was obscured and why, then
 * the stills) through the engine's writer with its leak and completeness checks, seals it with a password shown once,
 * and records the response as sent.
 */
@Service
public class CctvRelease {

    private final StillsDesk desk;
    private final StillRepository stills;
    private final Casework casework;
    private final CctvGuard guard;
    private final CctvProperties properties;
    private final ReviewProperties review;
    private final CouncilSettings council;
    private final CctvAudit audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CctvRelease(
            StillsDesk desk,
            StillRepository stills,
            Casework casework,
            CctvGuard guard,
            CctvProperties properties,
            ReviewProperties review,
            CouncilSettings council,
            CctvAudit audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.desk = desk;
        this.stills = stills;
        this.casework = casework;
        this.guard = guard;
        this.properties = properties;
        this.review = review;
        this.council = council;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The release and the package's password, shown once and never stored. */
    public record Released(CctvReleaseRecord record, char[] password) {}

    /** What the detector found on one still that no one accounted for. */
    public record Unaccounted(String still, List<ProposedRegion> regions) {}

    /** What the audit log keeps of a release. */
    record ReleaseAudit(int pages, int stills, String packageSha256, List<String> checked) {}

    public Optional<CctvReleaseRecord> released(CaseReference reference) {
        return stills.release(reference.value());
    }

    public Path packageFile(CaseReference reference) {
        CctvReleaseRecord release =
                released(reference).orElseThrow(() -> new CctvRefusedException("The stills have not been released."));
        return Path.of(release.folder()).resolve(release.packageFile());
    }

    /** The detector's second look at every still, with what each found that no one accounted for. */
    public List<Unaccounted> check(CaseReference reference) {
        List<Unaccounted> found = new ArrayList<>();
        for (StillRecord still : desk.of(reference)) {
            StillCheck check = desk.check(still);
            if (!check.clean()) {
                found.add(new Unaccounted(still.label(), check.unaccounted()));
            }
        }
        return found;
    }

    public Released release(CaseReference reference, Actor actor) {
        InformationRequest request = casework.get(reference);
        if (released(reference).isPresent()) {
            throw new CctvRefusedException("The stills have already been released.");
        }
        if (request.status() != RequestStatus.READY_FOR_QA || !actor.holds(Role.IG_MANAGER)) {
            throw new CctvRefusedException("An IG manager releases the stills once an officer has sent them for"
                    + " checking; this request is " + request.status().label().toLowerCase() + ".");
        }
        guard.sentForCheckingBy(request, actor).ifPresent(why -> {
            throw new CctvRefusedException(why);
        });
        List<String> unfinished = desk.unfinished(reference);
        if (!unfinished.isEmpty()) {
            throw new CctvRefusedException(String.join(" ", unfinished));
        }
        List<Unaccounted> unaccounted = check(reference);
        if (!unaccounted.isEmpty()) {
            transactions.executeWithoutResult(s ->
                    audit.record(reference.value(), actor.username(), "CCTV_RELEASE_REFUSED", null, unaccounted, null));
            throw new CctvRefusedException(
                    "Nothing was released: the detector still finds someone no one marked. " + describe(unaccounted));
        }
        Path out = properties.releases().resolve(reference.value());
        try {
            Folders.replace(out);
            Path pictures = OwnerOnly.folder(out.resolve("stills"));
            List<BundleStill> bundled = new ArrayList<>();
            Obscuring obscuring = Obscuring.SOLID;
            for (StillRecord still : desk.of(reference)) {
                Path file = pictures.resolve("still-" + still.id() + ".png");
                ImageIO.write(desk.obscured(still), "png", file.toFile());
                bundled.add(new BundleStill(file, title(request, still), request.footageRecordedOn(), obscured(still)));
                obscuring = still.obscuring();
            }
            StillsBundle stillsBundle = new StillsBundle(
                    new CaseDescription(
                            reference.value(),
                            new DataSubject(request.subject().name(), List.of(), null),
                            List.of(),
                            List.of()),
                    bundled,
                    obscuring);
            Instant now = clock.instant();
            CoveringLetter letter = council.current()
                    .letter(review.letter() == null ? CoveringLetter.defaults() : CoveringLetter.read(review.letter()));
            DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(
                            stillsBundle.texts(),
                            new WordOcr(ExtractionSettings.DEFAULT.withTemporaryFolder(review.temporary())))
                    .write(stillsBundle.request(pictures, letter, LocalDate.now(clock), actor.username(), now), out);
            Folders.delete(pictures);
            if (!outcome.verification().clean()) {
                throw new CctvRefusedException("The bundle failed verification, so nothing was released: "
                        + String.join("; ", outcome.verification().findings()));
            }
            DeliveryPackager.Sealed sealed = new DeliveryPackager(random)
                    .seal(
                            out,
                            reference.value(),
                            review.deliveryFormat(),
                            Optional.empty(),
                            Optional.ofNullable(request.requester().email()));
            CctvReleaseRecord record = new CctvReleaseRecord(
                    reference.value(),
                    out.toString(),
                    outcome.rendered().pages(),
                    bundled.size(),
                    out.relativize(sealed.packageFile()).toString(),
                    sealed.sha256(),
                    actor.username(),
                    now);
            transactions.executeWithoutResult(s -> {
                stills.insert(record, sealed.hash());
                audit.record(
                        reference.value(),
                        actor.username(),
                        "CCTV_RELEASED",
                        null,
                        new ReleaseAudit(
                                record.bundlePages(),
                                record.stills(),
                                record.packageSha256(),
                                bundled.stream().map(BundleStill::title).toList()),
                        null);
                casework.act(reference, new ActionInput(RequestAction.APPROVE_AND_RESPOND, null, null), actor);
            });
            return new Released(record, sealed.password());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CCTV response: " + e.getMessage(), e);
        }
    }

    private static String title(InformationRequest request, StillRecord still) {
        return still.uploaded()
                ? "Footage of " + request.footageRecordedOn() + ", still " + still.fileName() + " from the control room"
                : "Footage of " + request.footageRecordedOn() + ", " + still.at() + " into the recording";
    }

    private Map<RegionKind, Integer> obscured(StillRecord still) {
        Map<RegionKind, Integer> counts = new EnumMap<>(RegionKind.class);
        desk.boxes(still).stream()
                .filter(b -> b.effectiveDecision() == BoxDecision.OBSCURE)
                .forEach(b -> counts.merge(b.kind(), 1, Integer::sum));
        return counts;
    }

    static String describe(List<Unaccounted> unaccounted) {
        StringBuilder text = new StringBuilder();
        for (Unaccounted u : unaccounted) {
            for (ProposedRegion r : u.regions()) {
                text.append("The still ")
                        .append(u.still())
                        .append(": a ")
                        .append(r.kind().label())
                        .append(' ')
                        .append(r.box())
                        .append(" (")
                        .append(r.explanation())
                        .append("). ");
            }
        }
        return text.append("Add a box over it, or mark it as the requester or as no one.")
                .toString();
    }
}
