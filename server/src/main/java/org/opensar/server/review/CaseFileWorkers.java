package org.opensar.server.review;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Puts a case file's workers in the job table: {@code workersPerCase} task instances named
 * {@code CASE-FILE-ID/N}, picked up by whichever nodes are free. Scheduling an instance that exists does nothing.
 */
@Component
class CaseFileWorkers {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final CaseFileRepository caseFiles;
    private final ReviewProperties properties;
    private final Clock clock;

    CaseFileWorkers(
            @Lazy SchedulerClient scheduler,
            OneTimeTask<Void> task,
            CaseFileRepository caseFiles,
            ReviewProperties properties,
            Clock clock) {
        this.scheduler = scheduler;
        this.task = task;
        this.caseFiles = caseFiles;
        this.properties = properties;
        this.clock = clock;
    }

    void start(UUID caseFile) {
        for (int worker = 1; worker <= properties.workersPerCase(); worker++) {
            scheduler.scheduleIfNotExists(task.instance(caseFile + "/" + worker), clock.instant());
        }
    }

    /** Gives workers to every case file still processing (they also close it when every document is done). */
    void resumeAll() {
        caseFiles.processing().forEach(this::start);
    }

    static UUID caseFileOf(String instanceId) {
        return UUID.fromString(instanceId.substring(0, instanceId.indexOf('/')));
    }
}
