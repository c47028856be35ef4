package org.opensar.server.clock;

import org.opensar.engine.clock.ClockSettings;
import org.opensar.engine.clock.Nation;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The choices the law leaves to the council (rules.md §2).
 *
 * @param nation OPENSAR_NATION: whose public holidays move a SAR's due date (england-and-wales, scotland,
 *     northern-ireland)
 * @param sameDayClarificationCounts OPENSAR_SAME_DAY_CLARIFICATION_COUNTS: whether a question asked and answered
 *     on the same day stops the clock for one day (the statute read literally: true)
 */
@ConfigurationProperties("opensar.clock")
public record ClockProperties(String nation, Boolean sameDayClarificationCounts) {

    public ClockProperties {
        nation = nation == null || nation.isBlank() ? "england-and-wales" : nation;
        sameDayClarificationCounts = sameDayClarificationCounts == null || sameDayClarificationCounts;
        Nation.fromId(nation); // fail at start, not on the first request
    }

    Nation councilNation() {
        return Nation.fromId(nation);
    }

    ClockSettings settings() {
        return new ClockSettings(sameDayClarificationCounts);
    }
}
