package org.opensar.server.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff give with an action: the reason (or the question, or the answer) and the day it happened, which
 * may be earlier than today when a letter is logged late.
 */
public record ActionInput(
        @NotNull RequestAction action, @Size(max = 10000) String reason, LocalDate on) {}
