package org.opensar.engine.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.register.DocumentSightings;
import org.opensar.engine.register.RegisterBuilder;

/**
 * Detection speed on one thread, in pages per second (a page is about 3,000 characters of synthetic case notes), with
 * the people register built as {@code process} builds it: every page read for its people, the register built from
 * them, and every page detected with it (the register's cost counted in every round).
 * Run: {@code ./mvnw -q -o -pl engine test-compile exec:java -Dexec.mainClass=org.opensar.engine.detect.DetectionBenchmark
 * -Dexec.classpathScope=test}. Not a unit test: speed depends on the machine.
 */
public final class DetectionBenchmark {

    private static final int PAGE_CHARACTERS = 3000;
    private static final int PAGES = 400;

    private DetectionBenchmark() {}

    public static void main(String[] args) {
        List<AnnotatedText> sentences = new SentenceGenerator(11).generate(SentenceTemplates.HELD_OUT, 20_000);
        CaseDescription description = sentences.get(0).description();
        List<String> pages = pages(sentences);
        // the register as process builds it: who each page says each person is, then the register from them all
        CaseDescription requestOnly = new CaseDescription(
                description.reference(), description.subject(), List.of(), description.knownToRequester());
        PeopleFinder finder = new PeopleFinder();
        PersonalDataDetector detector = PersonalDataDetector.forCase(register(finder, requestOnly, pages));
        long proposals = 0;
        for (int round = 0; round < 3; round++) {
            proposals += run(detector, pages);
        }
        int rounds = 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            PersonalDataDetector withRegister = PersonalDataDetector.forCase(register(finder, requestOnly, pages));
            proposals += run(withRegister, pages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double pagesPerSecond = rounds * pages.size() / seconds;
        // CPU time of this thread: what one core does, whatever other processes take from the machine meanwhile
        double pagesPerCpuSecond = rounds * pages.size() / cpuSeconds;
        System.out.printf(
                "people found, register built, detected: %d pages of %d characters x %d rounds in %.2f s on one thread"
                        + " = %.0f pages/s; %.2f s of that thread's CPU time = %.0f pages per CPU second (%d proposals)%n",
                pages.size(),
                PAGE_CHARACTERS,
                rounds,
                seconds,
                pagesPerSecond,
                cpuSeconds,
                pagesPerCpuSecond,
                proposals);
    }

    private static long run(PersonalDataDetector detector, List<String> pages) {
        long proposals = 0;
        for (String page : pages) {
            proposals += detector.detect(page).size();
        }
        return proposals;
    }

    private static CaseDescription register(PeopleFinder finder, CaseDescription description, List<String> pages) {
        List<DocumentSightings> sightings = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            sightings.add(new DocumentSightings("page " + i, finder.find(pages.get(i))));
        }
        return RegisterBuilder.build(description, List.of(), sightings).describe(description);
    }

    private static List<String> pages(List<AnnotatedText> sentences) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (AnnotatedText sentence : sentences) {
            page.append(sentence.text()).append(page.length() % 5 == 0 ? "\n\n" : " ");
            if (page.length() >= PAGE_CHARACTERS) {
                pages.add(page.toString());
                page.setLength(0);
                if (pages.size() == PAGES) {
                    break;
                }
            }
        }
        return pages;
    }
}
