package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.audit.AuditSubject;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review module's events as the audit log records them: the action, the subject and a JSON payload. */
class ReviewEventsTest {

    private static final CaseReference REQUEST = new CaseReference("SAR-2026-000042");
    private static final Actor OFFICER = new Actor("officer.one", Set.of(Role.IG_OFFICER));

    @Test
    void aReleasedBundleIsAuditedWithWhatWentOutAndClosesTheRequestAsItsReleaser() {
        BundleReleased released =
                new BundleReleased(REQUEST, OFFICER, new BundleReleased.Package(12, 3, "ab12\"cd", "EMAIL"));

        assertThat(released.action()).isEqualTo("BUNDLE_RELEASED");
        assertThat(released.actor()).isEqualTo("officer.one");
        assertThat(released.subject()).isEqualTo(new AuditSubject("request", "SAR-2026-000042"));
        assertThat(released.before()).isNull();
        JsonNode after = json(released.after());
        assertThat(after.path("pages").asInt()).isEqualTo(12);
        assertThat(after.path("redactions").asInt()).isEqualTo(3);
        assertThat(after.path("packageSha256").asString()).isEqualTo("ab12\"cd");
        assertThat(after.path("delivery").asString()).isEqualTo("EMAIL");
        assertThat(released.request()).isEqualTo(REQUEST);
        assertThat(released.by()).isEqualTo(OFFICER);
    }

    @Test
    void aRecipientWithQuotesIsWrittenAsJsonNotCutShort() {
        PasswordReleased given = new PasswordReleased(
                REQUEST, OFFICER, new PasswordReleased.Given(PasswordReleaseMethod.PHONE, "07700 900123 \"mobile\""));

        assertThat(given.action()).isEqualTo("PASSWORD_RELEASED");
        assertThat(json(given.after()).path("recipient").asString()).isEqualTo("07700 900123 \"mobile\"");
        assertThat(json(given.after()).path("method").asString()).isEqualTo("PHONE");
    }

    @Test
    void aRedactionDecisionIsNamedByWhatWasDecidedAndKeepsBeforeAndAfter() {
        RedactionView proposed = redaction(RedactionStatus.PROPOSED, null);
        RedactionView rejected = redaction(RedactionStatus.REJECTED, "officer.one");

        RedactionDecided decided = new RedactionDecided(REQUEST, OFFICER, proposed, rejected);

        assertThat(decided.action()).isEqualTo("REDACTION_REJECTED");
        assertThat(json(decided.before()).path("decision").asString()).isEqualTo("PROPOSED");
        assertThat(json(decided.after()).path("decision").asString()).isEqualTo("REJECTED");
        assertThat(new RedactionDecided(REQUEST, OFFICER, proposed, redaction(RedactionStatus.ACCEPTED, "x")).action())
                .isEqualTo("REDACTION_ACCEPTED");
    }

    @Test
    void everyMentionAtOnceIsOneEntryWithHowManyItDecided() {
        MentionsDecided decided = new MentionsDecided(
                REQUEST,
                OFFICER,
                new MentionsDecided.EveryMention(
                        "Ann Example", PersonalDataType.PERSON, Set.of("ann example"), RedactionStatus.ACCEPTED, 7));

        assertThat(decided.action()).isEqualTo("REDACTIONS_ACCEPTED_EVERY_MENTION");
        assertThat(json(decided.after()).path("redactions").asInt()).isEqualTo(7);
    }

    @Test
    void aChangedDispositionKeepsTheOfficersReason() {
        DispositionChanged changed = new DispositionChanged(
                REQUEST,
                OFFICER,
                new DispositionChanged.Disposed("a.pdf", Disposition.DISCLOSE, ReasonCode.CASE_NOTE),
                new DispositionChanged.Disposed("a.pdf", Disposition.WITHHOLD, ReasonCode.ADMIN),
                "internal admin form");

        assertThat(changed.action()).isEqualTo("DISPOSITION_CHANGED");
        assertThat(changed.reason()).isEqualTo("internal admin form");
        assertThat(json(changed.before()).path("disposition").asString()).isEqualTo("DISCLOSE");
        assertThat(json(changed.after()).path("reason").asString()).isEqualTo("ADMIN");
    }

    @Test
    void theSecondPersonCheckAndProcessingAreNamedByWhatHappened() {
        assertThat(new QualityChecked(REQUEST, OFFICER, new QualityChecked.Checked(QualityCheckOutcome.RETURNED), "x")
                        .action())
                .isEqualTo("QUALITY_CHECK_RETURNED");
        CaseFileProcessed processed = new CaseFileProcessed(REQUEST, new CaseFileProcessed.Processed(40, 2, 1, 5));
        assertThat(processed.actor()).isEqualTo("system");
        assertThat(json(processed.after()).path("inReview").asLong()).isEqualTo(5);
        assertThat(json(new CaseFileAttached(REQUEST, OFFICER, new CaseFileAttached.Attached(CaseFileSource.UPLOAD, 9))
                                .after())
                        .path("source")
                        .asString())
                .isEqualTo("UPLOAD");
    }

    private static RedactionView redaction(RedactionStatus decision, String by) {
        return new RedactionView(
                1,
                2,
                0,
                11,
                1,
                "Ann Example",
                PersonalDataType.PERSON,
                RedactionReason.forType(PersonalDataType.PERSON),
                "names",
                0.9,
                "a third party's name",
                RedactionOrigin.ENGINE,
                decision,
                by,
                by == null ? null : Instant.parse("2026-03-01T10:00:00Z"),
                DocumentPart.BODY);
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
