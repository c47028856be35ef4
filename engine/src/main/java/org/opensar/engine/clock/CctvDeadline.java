package org.opensar.engine.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The day CCTV footage is lost, and for a personal CCTV SAR its SAR deadline too.
 *
 * @param footageOverwrittenOn the day the recording is overwritten
 * @param sar the SAR deadline, when the request's dates were given
 * @param warnings what an officer must act on now, e.g. "preserve the footage now"
 * @param explanation the reasoning, one plain-English line per step
 */
public record CctvDeadline(
        LocalDate footageOverwrittenOn, Optional<Deadline> sar, List<String> warnings, List<String> explanation) {

    public CctvDeadline {
        Objects.requireNonNull(footageOverwrittenOn, "footageOverwrittenOn");
        Objects.requireNonNull(sar, "sar");
        warnings = List.copyOf(warnings);
        explanation = List.copyOf(explanation);
    }
}
