package org.opensar.server.review;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Puts the preparation of a bundle in the job table, one task instance named by the preparation, picked up by
 * whichever node is free; a node that dies mid-way gives it to another. Scheduling an instance that exists does
 * nothing.
 */
@Component
class PreparationJobs {

    private final SchedulerClient scheduler;
    private final PreparedBundleRepository prepared;
    private final Clock clock;

    PreparationJobs(@Lazy SchedulerClient scheduler, PreparedBundleRepository prepared, Clock clock) {
        this.scheduler = scheduler;
        this.prepared = prepared;
        this.clock = clock;
    }

    void start(UUID preparation) {
        scheduler.scheduleIfNotExists(
                new TaskInstance<>(ProcessingConfiguration.PREPARE_BUNDLE, preparation.toString(), preparation),
                clock.instant());
    }

    /** Gives a job back to every preparation left unfinished without one (a node stopped between asking and scheduling). */
    void resumeAll() {
        prepared.unfinished().forEach(this::start);
    }
}
