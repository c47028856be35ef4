package org.opensar.server.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * When the server writes checkpoints: at start (after keying an earlier log), every
 * OPENSAR_AUDIT_CHECKPOINT_INTERVAL while the head moves, and at a clean stop. The commands beside it write none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class AuditCheckpointing implements SchedulingConfigurer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditCheckpointing.class);

    private final AuditCheckpoints checkpoints;
    private final AuditProperties properties;

    AuditCheckpointing(AuditCheckpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        checkpoints.keyEarlierEntries();
        checkpoints.write();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(
                checkpoints::write, properties.checkpointInterval(), properties.checkpointInterval()));
    }

    @EventListener(ContextClosedEvent.class)
    void atStop() {
        try {
            checkpoints.write();
        } catch (RuntimeException e) {
            log.warn("No audit checkpoint at shutdown: {}", e.getMessage());
        }
    }
}
