package org.opensar.server.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.cctv.DetectorSettings;
import org.opensar.engine.cctv.ObscuringVerifier;
import org.opensar.engine.cctv.OpenCvStillDetector;
import org.opensar.engine.cctv.StillCheck;
import org.opensar.server.IntegrationTest;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.NewRequestBuilder;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.casework.RequestType;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A personal CCTV request from its preservation request to its released stills, and the footage deleted after. */
class CctvIT extends IntegrationTest {

    @Autowired
    private Preservation preservation;

    @Autowired
    private FootageLibrary library;

    @Autowired
    private StillsDesk desk;

    @Autowired
    private CctvRelease release;

    @Autowired
    private Casework casework;

    @Autowired
    private CctvProperties properties;

    @Autowired
    private JdbcClient jdbc;

    @TempDir
    Path folder;

    private MockMvc mvc;
    private Actor officer;
    private Actor manager;

    @BeforeEach
    void setUp() {
        assumeTrue(
                DetectorSettings.DEFAULT.unavailable().isEmpty(),
                () -> "skipped: " + DetectorSettings.DEFAULT.unavailable().orElseThrow());
        mvc = mockMvc();
        officer = new Actor(staff(Role.IG_OFFICER), Set.of(Role.IG_OFFICER));
        manager = new Actor(staff(Role.IG_MANAGER), Set.of(Role.IG_MANAGER));
    }

    @Test
    void fromThePreservationRequestToReleasedStillsAndTheFootageDeletedAfter() throws Exception {
        LocalDate filmed = LocalDate.now().minusDays(3);
        CaseReference reference = new CaseReference(newRequest(NewRequestBuilder.a(RequestType.PERSONAL_CCTV_SAR)
                .footageRecordedOn(filmed)
                .json()));

        PreservationRequest sent = preservation.of(reference).orElseThrow();
        assertThat(sent.overwrittenOn()).isEqualTo(filmed.plusDays(30));
        assertThat(sent.controlRoom()).isEqualTo(properties.controlRoomEmail());
        awaitEmail(reference, "CCTV_PRESERVATION", properties.controlRoomEmail());

        page(post("/requests/" + reference + "/cctv/preservation/acknowledgement")
                .param("controlRoomReference", "CR-77"));
        page(post("/requests/" + reference + "/cctv/preservation/preserved")
                .param("preserved", "Camera 3, 14:00 to 15:00, export 2231"));
        PreservationRequest recorded = preservation.of(reference).orElseThrow();
        assertThat(recorded.controlRoomReference()).isEqualTo("CR-77");
        assertThat(recorded.preserved()).isEqualTo("Camera 3, 14:00 to 15:00, export 2231");

        byte[] clip = Files.readAllBytes(CctvSteps.clip(folder));
        page(multipart("/requests/" + reference + "/cctv/footage")
                .file(new MockMultipartFile("file", "export.mp4", "video/mp4", clip)));
        FootageRecord footage = CctvSteps.sampled(library, library.of(reference).get(0));
        assertThat(footage.status()).isEqualTo(FootageStatus.READY);
        assertThat(footage.durationMs()).isEqualTo(4000);
        byte[] stored = Files.readAllBytes(properties.footage().resolve(footage.id() + ".footage"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .as("encrypted at rest")
                .doesNotContain("ftyp", "avc1");
        assertThat(library.timeline(footage))
                .extracting(FootageRepository.TimelineEntry::frame)
                .contains(0L, 50L);

        page(post("/requests/" + reference + "/cctv/footage/" + footage.id() + "/stills")
                .param("frame", "0")
                .param("frame", "50"));
        List<StillRecord> stills = desk.of(reference);
        assertThat(stills).hasSize(2);
        assertThat(desk.unfinished(reference)).isNotEmpty();
        for (StillRecord still : stills) {
            assertThat(desk.boxes(still))
                    .as("the detector proposes the passer-by's face")
                    .anyMatch(b -> CctvSteps.PASSER_BY.face().coveredBy(b.box()) >= 0.8);
            markTheRequester(still);
        }
        assertThat(desk.unfinished(reference)).isEmpty();
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);
        assertThatThrownBy(() -> release.release(reference, officer)).isInstanceOf(CctvRefusedException.class);

        CctvRelease.Released released = release.release(reference, manager);

        assertThat(released.password()).isNotEmpty();
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.RESPONDED);
        assertThat(Files.exists(release.packageFile(reference))).isTrue();
        List<BufferedImage> pictures =
                pictures(Path.of(released.record().folder()).resolve("bundle.pdf"));
        assertThat(pictures).hasSize(2);
        OpenCvStillDetector detector = OpenCvStillDetector.forChecking(DetectorSettings.DEFAULT);
        for (BufferedImage picture : pictures) {
            double scale = picture.getWidth() / 640.0;
            StillCheck check = new ObscuringVerifier(detector)
                    .check(
                            picture,
                            List.of(CctvSteps.REQUESTER
                                    .figure()
                                    .grown(0.2, 640, 360)
                                    .scaled(scale)),
                            List.of());
            assertThat(check.clean())
                    .as("left visible: %s", check.unaccounted())
                    .isTrue();
        }
        assertThat(auditActions(reference))
                .contains(
                        "CCTV_PRESERVATION_REQUESTED",
                        "CCTV_PRESERVATION_ACKNOWLEDGED",
                        "CCTV_FOOTAGE_UPLOADED",
                        "CCTV_FOOTAGE_SAMPLED",
                        "CCTV_STILL_CHOSEN",
                        "CCTV_BOXES_DECIDED",
                        "CCTV_RELEASED");

        assertThat(library.deleteExpired(Instant.now().plus(Duration.ofDays(1))))
                .as("kept a week")
                .isZero();
        library.deleteExpired(Instant.now().plus(properties.footageRetention()).plus(Duration.ofDays(1)));
        assertThat(Files.exists(properties.footage().resolve(footage.id() + ".footage")))
                .isFalse();
        assertThat(library.get(reference, footage.id()).status()).isEqualTo(FootageStatus.DELETED);
        assertThat(library.timeline(footage)).isEmpty();
        assertThat(auditActions(reference)).contains("CCTV_FOOTAGE_DELETED");
    }

    @Test
    void aPasserByTheFirstLookMissedStopsTheRelease() throws Exception {
        CaseReference reference = new CaseReference(newRequest(NewRequestBuilder.a(RequestType.PERSONAL_CCTV_SAR)
                .footageRecordedOn(LocalDate.now().minusDays(1))
                .json()));
        FootageRecord footage;
        try (var in = Files.newInputStream(CctvSteps.clip(folder))) {
            footage = CctvSteps.sampled(library, library.upload(reference, in, "export.mp4", officer));
        }
        desk.choose(reference, footage.id(), List.of(0L), officer);
        StillRecord still = desk.of(reference).get(0);
        // as if the detector had not seen the passer-by: their boxes are gone before the officer looks
        desk.boxes(still).stream()
                .filter(b -> b.box().coveredBy(CctvSteps.REQUESTER.figure().grown(0.2, 640, 360)) < 0.5)
                .forEach(b -> jdbc.sql("delete from cctv_box where id = :id")
                        .param("id", b.id())
                        .update());
        markTheRequester(still);
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);

        assertThatThrownBy(() -> release.release(reference, manager))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("the detector still finds someone no one marked")
                .hasMessageContaining("face");
        assertThat(release.released(reference)).isEmpty();
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.READY_FOR_QA);
        assertThat(auditActions(reference)).contains("CCTV_RELEASE_REFUSED");
    }

    /** Boxes on the requester are theirs; every other box is obscured. */
    private void markTheRequester(StillRecord still) {
        Map<Long, BoxDecision> decisions = new HashMap<>();
        for (StillBox box : desk.boxes(still)) {
            boolean requester = box.box().coveredBy(CctvSteps.REQUESTER.figure().grown(0.2, 640, 360)) >= 0.5;
            decisions.put(box.id(), requester ? BoxDecision.REQUESTER : BoxDecision.OBSCURE);
        }
        desk.decide(new CaseReference(still.reference()), still.id(), decisions, null, officer);
    }

    private void page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        mvc.perform(request.with(user(officer.username()).roles("IG_OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<String> auditActions(CaseReference reference) {
        return jdbc.sql("select action from audit_entry where subject_id = :ref order by seq")
                .param("ref", reference.value())
                .query(String.class)
                .list();
    }

    private void awaitEmail(CaseReference reference, String template, String to) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long sent = jdbc.sql("select count(*) from email_sent where reference = :ref and template = :template"
                            + " and recipient = :to")
                    .param("ref", reference.value())
                    .param("template", template)
                    .param("to", to)
                    .query(Long.class)
                    .single();
            if (sent > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + template + " email to " + to + " for " + reference);
    }

    private static List<BufferedImage> pictures(Path pdf) throws java.io.IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        pictures.add(image.getImage());
                    }
                }
            }
        }
        return pictures;
    }
}
