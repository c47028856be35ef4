package org.opensar.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void theReviewCanBeChangedOnlyWhileTheOfficerWorksOnTheRequest() {
        assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::reviewable))
                .containsExactly(
                        RequestStatus.RECEIVED,
                        RequestStatus.AWAITING_IDENTITY,
                        RequestStatus.CLARIFICATION_REQUESTED,
                        RequestStatus.IN_PROGRESS);
    }

    @Test
    void noClosedRequestIsReviewable() {
        assertThat(Arrays.stream(RequestStatus.values()).filter(s -> s.closed() && s.reviewable()))
                .isEmpty();
    }
}
