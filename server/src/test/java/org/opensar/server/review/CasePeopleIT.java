package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.server.IntegrationTest;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people register of a processed case file: built when processing ends, and every officer's change to it
 * proposes the redactions again from the stored text at once, keeps the officer's own decisions, and is audited.
 */
class CasePeopleIT extends IntegrationTest {

    @Autowired
    private Workbench workbench;

    @Autowired
    private CasePeople people;

    @Autowired
    private CaseFiles caseFiles;

    @Autowired
    private Casework casework;

    @Autowired
    private AuditLog audit;

    @TempDir
    Path tmp;

    @Test
    void anOfficersChangeToTheRegisterProposesTheRedactionsAgainAndKeepsTheirDecisions() throws Exception {
        CaseReference reference =
                new CaseReference(newRequest(aSubjectAccessRequest().json()));
        Actor officer = new Actor(staff(Role.IG_OFFICER), Set.of(Role.IG_OFFICER));
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        try (InputStream zip = Files.newInputStream(GeneratedCaseFiles.zipped(tmp.resolve("case"), 7, 8))) {
            caseFiles.attachUpload(reference, zip, -1, officer);
        }
        CaseFileSummary caseFile = waitUntilProcessed(reference);

        List<CasePerson> register = people.people(caseFile);
        CasePerson worker = register.stream()
                .filter(p -> p.person().category() == PersonCategory.COUNCIL_STAFF
                        && p.person().mentions() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member of staff named in " + register));
        String name = worker.person().name();
        assertThat(openNameProposals(reference)).noneMatch(text -> text.contains(name));

        // the officer's own decision on some other proposal
        RedactionView decided = allRedactions(reference).stream()
                .filter(RedactionView::open)
                .findFirst()
                .orElseThrow();
        workbench.decide(reference, decided.id(), RedactionStatus.REJECTED, officer);

        RegisterProposals.Rerun rerun =
                people.change(reference, worker.id(), CasePeople.Change.CATEGORY, "OTHER", officer);

        assertThat(rerun.after()).isGreaterThan(0);
        assertThat(openNameProposals(reference)).anyMatch(text -> text.contains(name));
        assertThat(workbench.redaction(reference, decided.id()).decision()).isEqualTo(RedactionStatus.REJECTED);
        assertThat(audit.about(new AuditSubject("request", reference.value())))
                .anyMatch(entry -> entry.action().equals("REGISTER_CATEGORY")
                        && entry.before().contains("COUNCIL_STAFF")
                        && entry.after().contains("\"OTHER\""));

        // marked known to the requester, the name stays again; added, a new person's name is proposed
        people.change(reference, worker.id(), CasePeople.Change.KNOWN_TO_REQUESTER, "true", officer);
        assertThat(openNameProposals(reference)).noneMatch(text -> text.contains(name));
        assertThat(people.people(caseFile))
                .filteredOn(p -> p.id() == worker.id())
                .singleElement()
                .satisfies(p -> assertThat(p.person().confirmed()).isTrue());
    }

    private List<String> openNameProposals(CaseReference reference) {
        return allRedactions(reference).stream()
                .filter(r -> r.open() && r.type() == PersonalDataType.PERSON)
                .map(RedactionView::text)
                .toList();
    }

    private List<RedactionView> allRedactions(CaseReference reference) {
        return workbench.documents(reference, ReviewFilter.ALL, 0, 1000).stream()
                .flatMap(d -> workbench.document(reference, d.id()).redactions().stream())
                .toList();
    }

    private CaseFileSummary waitUntilProcessed(CaseReference reference) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (workbench.caseFile(reference).status() != CaseFileStatus.PROCESSED) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the case file was not processed in 3 minutes");
            }
            Thread.sleep(250);
        }
        return workbench.caseFile(reference);
    }
}
