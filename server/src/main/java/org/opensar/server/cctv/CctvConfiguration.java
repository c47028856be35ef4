package org.opensar.server.cctv;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CCTV module's background jobs, in the database so any node may run them: a footage's timeline, made once per
 * upload; and a sweep (hourly by default) that warns of footage about to be overwritten and deletes the footage of
 * requests closed longer than the retention period.
 */
@Configuration
@EnableConfigurationProperties(CctvProperties.class)
class CctvConfiguration {

    static final String SAMPLE_FOOTAGE = "sample-cctv-footage";
    static final String SWEEP = "cctv-sweep";

    @Bean
    OneTimeTask<String> sampleFootageTask(FootageLibrary library) {
        return Tasks.oneTime(SAMPLE_FOOTAGE, String.class)
                .onDeadExecutionRevive()
                .execute((instance, context) -> library.sample(UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> cctvSweepTask(
            Preservation preservation, FootageLibrary library, CctvProperties properties, java.time.Clock clock) {
        return Tasks.recurring(SWEEP, FixedDelay.of(properties.sweepInterval())).execute((instance, context) -> {
            preservation.warnOfOverwrites(
                    reference -> library.of(new org.opensar.server.casework.CaseReference(reference)).stream()
                            .anyMatch(f -> f.status() != FootageStatus.FAILED));
            library.deleteExpired(clock.instant());
        });
    }
}
