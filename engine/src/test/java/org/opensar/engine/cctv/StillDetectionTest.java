package org.opensar.engine.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The detector, the obscurer and the check before release, on generated stills with people at known places. */
class StillDetectionTest {

    private static final List<SyntheticFootage.Person> PEOPLE = List.of(
            new SyntheticFootage.Person(60, 60, 24),
            new SyntheticFootage.Person(220, 80, 40),
            new SyntheticFootage.Person(420, 40, 80));
    private static final SyntheticFootage.Scene SCENE =
            new SyntheticFootage.Scene(new Color(120, 130, 125), PEOPLE, "");

    private static OpenCvStillDetector detector;
    private static OpenCvStillDetector checker;
    private static BufferedImage still;

    @BeforeAll
    static void detector() {
        assumeTrue(
                DetectorSettings.DEFAULT.unavailable().isEmpty(),
                () -> "skipped: " + DetectorSettings.DEFAULT.unavailable().orElseThrow());
        detector = new OpenCvStillDetector(DetectorSettings.DEFAULT, null);
        checker = OpenCvStillDetector.forChecking(DetectorSettings.DEFAULT);
        still = SyntheticFootage.frame(640, 360, SCENE, 0);
    }

    @Test
    void proposesABoxForEveryFaceFrom24To80Pixels() {
        List<ProposedRegion> faces = faces(detector.detect(still));

        for (SyntheticFootage.Person person : PEOPLE) {
            assertThat(faces).as("the %d-pixel face", person.faceSize()).anyMatch(f -> covers(f.box(), person.face()));
        }
        assertThat(faces).allMatch(f -> !f.explanation().isBlank() && f.score() > 0 && f.score() <= 1);
    }

    @Test
    void proposesNoFaceWhereThereIsNoOne() {
        BufferedImage empty =
                SyntheticFootage.frame(640, 360, new SyntheticFootage.Scene(Color.GRAY, List.of(), ""), 0);

        assertThat(faces(detector.detect(empty))).isEmpty();
    }

    @Test
    void solidBoxesLeaveNothingOfTheFaceAndNothingElseChanged() {
        Box face = PEOPLE.get(1).face();
        BufferedImage obscured = new Obscurer().obscure(still, List.of(face), Obscuring.SOLID);

        for (int y = face.y(); y < face.bottom(); y++) {
            for (int x = face.x(); x < face.right(); x++) {
                assertThat(obscured.getRGB(x, y) & 0xffffff).isZero();
            }
        }
        assertThat(obscured.getRGB(5, 5)).isEqualTo(still.getRGB(5, 5));
    }

    @Test
    void theBlurIsTooStrongForTheDetectorToFindTheFaceAgain() {
        List<Box> everyone =
                PEOPLE.stream().map(p -> p.face().grown(0.2, 640, 360)).toList();
        BufferedImage blurred = new Obscurer().obscure(still, everyone, Obscuring.BLUR);

        assertThat(faces(detector.detect(blurred))).isEmpty();
        assertThat(blurred.getRGB(5, 5)).isEqualTo(still.getRGB(5, 5));
    }

    @Test
    void theCheckPassesWhenOnlyTheRequesterIsVisible() {
        Box requester = PEOPLE.get(2).figure();
        List<Box> others = PEOPLE.subList(0, 2).stream()
                .map(SyntheticFootage.Person::figure)
                .toList();
        BufferedImage obscured = new Obscurer().obscure(still, others, Obscuring.SOLID);

        StillCheck check = new ObscuringVerifier(checker).check(obscured, List.of(requester), List.of());

        assertThat(check.clean()).as("unaccounted: %s", check.unaccounted()).isTrue();
        assertThat(check.found()).isNotEmpty();
    }

    @Test
    void theCheckRefusesAFaceNobodyMarked() {
        Box requester = PEOPLE.get(2).figure();
        BufferedImage obscured =
                new Obscurer().obscure(still, List.of(PEOPLE.get(0).figure()), Obscuring.SOLID);

        StillCheck check = new ObscuringVerifier(checker).check(obscured, List.of(requester), List.of());

        assertThat(check.clean()).isFalse();
        assertThat(check.unaccounted())
                .anyMatch(r -> covers(r.box(), PEOPLE.get(1).face()));
    }

    @Test
    void aFindTheOfficerDismissedDoesNotStopTheRelease() {
        Box requester = PEOPLE.get(2).figure();
        BufferedImage obscured =
                new Obscurer().obscure(still, List.of(PEOPLE.get(0).figure()), Obscuring.SOLID);
        Box passerBy = PEOPLE.get(1).figure().grown(0.2, 640, 360);
        List<Box> dismissed = detector.detect(still).stream()
                .map(ProposedRegion::box)
                .filter(b ->
                        b.coveredBy(passerBy) >= 0.5 || covers(b, PEOPLE.get(1).face()))
                .toList();

        StillCheck check = new ObscuringVerifier(checker).check(obscured, List.of(requester), dismissed);

        assertThat(check.clean()).as("unaccounted: %s", check.unaccounted()).isTrue();
    }

    /** A proposal that would hide the face: it covers most of it and is not many times its size. */
    static boolean covers(Box proposal, Box face) {
        return face.coveredBy(proposal) >= 0.8 && proposal.width() <= 3 * face.width();
    }

    private static List<ProposedRegion> faces(List<ProposedRegion> found) {
        return found.stream().filter(r -> r.kind() == RegionKind.FACE).toList();
    }
}
