package org.opensar.server.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.opensar.engine.duplicates.AligningDuplicateFinder;
import org.opensar.engine.duplicates.DuplicateFinder;
import org.opensar.engine.duplicates.DuplicateSettings;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.process.DocumentProcessor;
import org.opensar.engine.process.DuplicateMarker;
import org.opensar.engine.process.EngineFactory;
import org.opensar.engine.process.PersonalDataRedactions;
import org.opensar.engine.process.RedactionStage;
import org.opensar.engine.process.SharedTextMarker;
import org.opensar.engine.render.ReasonWordings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The engine's stages as the server runs them, and the background jobs in the database (db-scheduler): one task
 * instance per worker of a case file, one per preparation of a bundle for release, and a task every minute (by
 * default) that gives a job back to any case file still processing, or bundle still being prepared, without one
 * (after a crash, or a node stopped between asking and scheduling).
 */
@Configuration
@EnableConfigurationProperties(ReviewProperties.class)
class ProcessingConfiguration {

    static final String PROCESS_CASE_FILE = "process-case-file";
    static final String RESUME_CASE_FILES = "resume-case-files";
    static final String PREPARE_BUNDLE = "prepare-bundle";

    @Bean
    NodeName nodeName() {
        return new NodeName(new SchedulerName.Hostname().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    WorkFolder workFolder(ReviewProperties properties) {
        return new WorkFolder(properties.work().resolve(new SchedulerName.Hostname().getName()));
    }

    @Bean
    DisclosurePolicy disclosurePolicy(ReviewProperties properties) {
        return properties.policy() == null ? DisclosurePolicy.careLeaver() : DisclosurePolicy.read(properties.policy());
    }

    /** What the bundle and the redaction log say about each reason for keeping a document back. */
    @Bean
    ReasonWordings reasonWordings(ReviewProperties properties) {
        return properties.reasonWording() == null
                ? ReasonWordings.defaults()
                : ReasonWordings.read(properties.reasonWording());
    }

    @Bean
    DocumentProcessor documentProcessor(DisclosurePolicy policy, ReviewProperties properties) {
        return EngineFactory.documentProcessor(policy, extraction(properties));
    }

    static ExtractionSettings extraction(ReviewProperties properties) {
        return ExtractionSettings.DEFAULT
                .withTimeout(properties.documentTimeout())
                .withMaxBytes((long) properties.maxDocumentMegabytes() << 20)
                .withTemporaryFolder(properties.temporary());
    }

    @Bean
    RedactionStage redactionStage() {
        return new PersonalDataRedactions();
    }

    @Bean
    DuplicateFinder duplicateFinder(DisclosurePolicy policy) {
        return new AligningDuplicateFinder(DuplicateSettings.of(policy.copies()));
    }

    @Bean
    DuplicateMarker duplicateMarker(DisclosurePolicy policy) {
        return new DuplicateMarker(policy);
    }

    @Bean
    SharedTextMarker sharedTextMarker(DisclosurePolicy policy) {
        return new SharedTextMarker(policy);
    }

    @Bean
    OneTimeTask<Void> processCaseFileTask(CaseFileProcessing processing) {
        return Tasks.oneTime(PROCESS_CASE_FILE)
                .onDeadExecutionRevive()
                .execute((instance, context) -> processing.work(CaseFileWorkers.caseFileOf(instance.getId())));
    }

    /** One instance per preparation of a bundle for release, its id the preparation's. */
    @Bean
    OneTimeTask<UUID> prepareBundleTask(BundlePreparationJob job) {
        return Tasks.oneTime(PREPARE_BUNDLE, UUID.class)
                .onDeadExecutionRevive()
                .execute((instance, context) -> job.work(instance.getData()));
    }

    @Bean
    RecurringTask<Void> resumeCaseFilesTask(
            CaseFileWorkers workers, PreparationJobs preparations, ReviewProperties properties) {
        return Tasks.recurring(RESUME_CASE_FILES, FixedDelay.of(properties.resumeInterval()))
                .execute((instance, context) -> {
                    workers.resumeAll();
                    preparations.resumeAll();
                });
    }

    /** The one scheduler of the node, running every module's one-time and recurring tasks. */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(
            DataSource dataSource,
            List<OneTimeTask<?>> oneTimeTasks,
            List<RecurringTask<?>> recurringTasks,
            ReviewProperties properties,
            NodeName node) {
        return Scheduler.create(dataSource, List.copyOf(oneTimeTasks))
                .startTasks(recurringTasks)
                .threads(properties.schedulerThreads())
                .pollingInterval(Duration.ofSeconds(2))
                .heartbeatInterval(Duration.ofSeconds(8))
                .missedHeartbeatsLimit(4)
                .schedulerName(new SchedulerName.Fixed(node.value()))
                .enableImmediateExecution()
                .build();
    }

    /**
     * Starts the background jobs once the database is migrated and the server is up, having deleted whatever this
     * node left in its work folder when it stopped.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) throws IOException {
        ready.getApplicationContext().getBean(WorkFolder.class).empty();
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
