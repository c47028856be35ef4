package org.opensar.server.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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
import javax.imageio.ImageIO;
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
import org.opensar.engine.cctv.SyntheticFootage;
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

    @Test
    void stillsTheControlRoomExportedAsPicturesAreUploadedLikeChosenOnesAndANonImageIsRefused() throws Exception {
        CaseReference reference = new CaseReference(newRequest(NewRequestBuilder.a(RequestType.PERSONAL_CCTV_SAR)
                .footageRecordedOn(LocalDate.now().minusDays(2))
                .json()));
        BufferedImage street = SyntheticFootage.frame(
                640,
                360,
                new SyntheticFootage.Scene(
                        new Color(120, 130, 125), List.of(CctvSteps.REQUESTER, CctvSteps.PASSER_BY), ""),
                0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(street, "png", png);

        mvc.perform(multipart("/requests/" + reference + "/cctv/stills")
                        .file(new MockMultipartFile(
                                "stills",
                                "not-a-still.png",
                                "image/png",
                                "%PDF-1.7 a letter".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(officer.username()).roles("IG_OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/requests/" + reference + "/cctv"))
                .andExpect(flash().attribute(
                                "problem",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString(
                                                "not-a-still.png is not a JPEG or PNG picture"),
                                        org.hamcrest.Matchers.containsString("Nothing was uploaded"))));
        assertThat(desk.of(reference)).as("nothing kept of a refused upload").isEmpty();
        assertThat(library.of(reference)).isEmpty();

        page(multipart("/requests/" + reference + "/cctv/stills")
                .file(new MockMultipartFile("stills", "camera3-1402.png", "image/png", png.toByteArray())));

        List<StillRecord> stills = desk.of(reference);
        assertThat(stills).hasSize(1);
        StillRecord still = stills.get(0);
        assertThat(still.fileName()).isEqualTo("camera3-1402.png");
        assertThat(still.label()).isEqualTo("camera3-1402.png");
        assertThat(still.width()).isEqualTo(640);
        assertThat(desk.boxes(still))
                .as("the detector proposes the passer-by's face on an uploaded still too")
                .anyMatch(b -> CctvSteps.PASSER_BY.face().coveredBy(b.box()) >= 0.8);
        byte[] stored = jdbc.sql("select ciphertext from cctv_still where id = :id")
                .param("id", still.id())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .as("encrypted at rest")
                .doesNotContain("PNG", "IHDR");
        assertThat(desk.picture(still).getRGB(10, 10)).isEqualTo(street.getRGB(10, 10));
        FootageRecord export = library.get(reference, still.footageId());
        assertThat(export.status()).isEqualTo(FootageStatus.STILL);
        assertThat(auditActions(reference)).contains("CCTV_STILL_UPLOADED", "CCTV_STILL_CHOSEN");

        markTheRequester(still);
        assertThat(desk.unfinished(reference)).isEmpty();
        assertThat(desk.check(still).clean()).isTrue();

        casework.act(
                reference, new ActionInput(RequestAction.WITHDRAW, "The requester withdrew by phone.", null), officer);
        library.deleteExpired(Instant.now().plus(properties.footageRetention()).plus(Duration.ofDays(1)));
        assertThat(library.get(reference, export.id()).status()).isEqualTo(FootageStatus.DELETED);
        assertThatThrownBy(() -> desk.picture(still))
                .isInstanceOf(CctvRefusedException.class)
                .hasMessageContaining("deleted");
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
